import os
BASE_DIR = '/srv/app'
DEBUG = False
ALLOWED_HOSTS = ['localhost', '127.0.0.1']
INSTALLED_APPS = [
    'django.contrib.contenttypes',
    'django.contrib.auth',
    'library',
]
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': os.path.join(BASE_DIR, 'db.sqlite3'),
    }
}
DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
print(DATABASES['default']['NAME'], len(INSTALLED_APPS), INSTALLED_APPS[-1])
print({k: v for k, v in globals().items() if k.isupper()}.keys())

class Settings:
    DEBUG = True
    LEVEL = 'INFO' if DEBUG else 'WARN'
    TIMEOUT = int('thirty')

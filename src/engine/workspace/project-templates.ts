/** The project scaffolding of a downloaded Django project: manage.py, settings.py and a README. */

/** manage.py, as `startproject` writes it, with the settings module at the project's top level. */
export const MANAGE_PY = `#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""
import os
import sys


def main():
    """Run administrative tasks."""
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError(
            "Couldn't import Django. Are you sure it's installed and "
            "available on your PYTHONPATH environment variable? Did you "
            "forget to activate a virtual environment?"
        ) from exc
    execute_from_command_line(sys.argv)


if __name__ == '__main__':
    main()
`

function pythonString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/** settings.py with the playground's settings (those of the scenario oracle) for these apps. */
export function settingsPy(apps: readonly string[]): string {
  return `"""Settings of a project exported from Migration Playground (the playground's own settings)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

SECRET_KEY = 'migration-playground-export'
INSTALLED_APPS = [${apps.map(pythonString).join(', ')}]
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}
DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
USE_TZ = True
TIME_ZONE = 'UTC'
`
}

/** The README of the download: what is in it and how to run it. */
export function readme(name: string, apps: readonly string[]): string {
  return `# ${name}

Exported from Migration Playground: the apps (${apps.join(', ')}) with their \`models.py\` and
\`migrations/\`, the database \`db.sqlite3\` as the playground left it, \`manage.py\` and \`settings.py\`
(the playground's settings: SQLite next to manage.py, BigAutoField, USE_TZ with UTC).

## Run it with Django 5.2

    python -m venv .venv
    . .venv/bin/activate            # on Windows: .venv\\Scripts\\activate
    pip install "Django>=5.2,<5.3"
    python manage.py showmigrations
    python manage.py migrate --check

\`showmigrations\` lists the migrations the playground applied as applied (\`[X]\`); \`migrate --check\`
exits with status 1 when some migration is not applied yet. Then go on as in the playground:

    python manage.py makemigrations
    python manage.py migrate
`
}

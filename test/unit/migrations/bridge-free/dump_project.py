"""Run inside a scenario project (cwd) with Django on the path: prints, as JSON, what the bridge will give the
engine at this point: the models' ProjectState (from_apps), the migrations on disk, the migration packages,
and the value of each one-off default typed in the step's stdin (read from argv[1], a JSON list of lines).
A models or migrations import failure prints {"error": "..."}."""
import datetime
import decimal
import enum
import json
import os
import sys
import uuid

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
sys.path.insert(0, os.getcwd())


def main():
    import django

    try:
        django.setup()
        from django.apps import apps
        from django.db.migrations.loader import MigrationLoader
        from django.db.migrations.state import ProjectState

        state = ProjectState.from_apps(apps)
        loader = MigrationLoader(None, ignore_no_migrations=True)
    except BaseException as error:  # noqa: BLE001 - any import failure is the bridge's business
        print(json.dumps({"error": f"{error.__class__.__name__}: {error}"}))
        return
    from django.conf import SettingsReference
    from django.db import models
    from django.db.migrations.operations.base import Operation
    from django.utils import timezone

    def enc(v):
        if isinstance(v, SettingsReference):
            return {"$setting": v.setting_name, "value": str(v)}
        if isinstance(v, models.Choices):
            return enc(v.value)
        if v is None or isinstance(v, (bool, str, int)) and not isinstance(v, enum.Enum):
            return v
        if isinstance(v, float):
            return {"$float": repr(v)}
        if isinstance(v, enum.Enum):
            return {"$enum": [type(v).__module__, type(v).__qualname__, v.name], "value": enc(v.value)}
        if isinstance(v, models.Field):
            _, path, args, kwargs = v.deconstruct()
            return {"$field": path, "args": [enc(a) for a in args], "kwargs": {k: enc(x) for k, x in kwargs.items()}}
        if isinstance(v, Operation):
            name, args, kwargs = v.deconstruct()
            return {"$op": name, "args": [enc(a) for a in args], "kwargs": {k: enc(x) for k, x in kwargs.items()}}
        if isinstance(v, decimal.Decimal):
            return {"$decimal": str(v)}
        if isinstance(v, datetime.datetime):
            off = v.utcoffset()
            return {"$datetime": [v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond,
                                  None if off is None else int(off.total_seconds() // 60)]}
        if isinstance(v, datetime.date):
            return {"$date": [v.year, v.month, v.day]}
        if isinstance(v, datetime.time):
            return {"$time": [v.hour, v.minute, v.second, v.microsecond]}
        if isinstance(v, datetime.timedelta):
            return {"$timedelta": [v.days, v.seconds, v.microseconds]}
        if isinstance(v, uuid.UUID):
            return {"$uuid": v.hex}
        if isinstance(v, bytes):
            return {"$bytes": list(v)}
        if isinstance(v, list):
            return [enc(x) for x in v]
        if isinstance(v, tuple):
            return {"$tuple": [enc(x) for x in v]}
        if isinstance(v, frozenset):
            return {"$frozenset": [enc(x) for x in v]}
        if isinstance(v, set):
            return {"$set": [enc(x) for x in v]}
        if isinstance(v, dict):
            return {"$dict": [[enc(k), enc(x)] for k, x in v.items()]}
        if isinstance(v, type) or callable(v) and hasattr(v, "__qualname__") and not hasattr(v, "deconstruct"):
            if "<" in v.__qualname__:
                return {"$func": [v.__module__, v.__qualname__]}
            return {"$ref": f"{v.__module__}.{v.__qualname__}"}
        if isinstance(v, models.Manager):
            as_manager, manager_path, qs_path, args, kwargs = v.deconstruct()
            return {"$call": manager_path, "args": [enc(a) for a in args], "kwargs": {k: enc(x) for k, x in kwargs.items()}}
        if hasattr(v, "deconstruct"):
            path, args, kwargs = v.deconstruct()
            return {"$call": path, "args": [enc(a) for a in args], "kwargs": {k: enc(x) for k, x in kwargs.items()}}
        return {"$opaque": repr(v), "type": type(v).__name__}

    def model(ms):
        return {
            "app": ms.app_label,
            "name": ms.name,
            "fields": [[n, enc(f)] for n, f in ms.fields.items()],
            "options": [[k, enc(v)] for k, v in ms.options.items()],
            "bases": [enc(b) for b in ms.bases],
            "managers": [[n, enc(m)] for n, m in ms.managers],
        }

    def dep(d):
        if getattr(d, "setting", None):
            return {"$swappable": d.setting}
        return [d[0], d[1]]

    migrations = []
    for (app, name), m in sorted(loader.disk_migrations.items()):
        migrations.append({
            "app": app, "name": name,
            "dependencies": [dep(d) for d in m.dependencies],
            "run_before": [list(x) for x in m.run_before],
            "replaces": [list(x) for x in m.replaces],
            "initial": m.initial, "atomic": m.atomic,
            "operations": [enc(op) for op in m.operations],
        })
    defaults = {}
    for line in (json.loads(sys.argv[1]) if len(sys.argv) > 1 else []) + ["timezone.now"]:
        if not line or line == "exit":
            continue
        try:
            defaults[line] = {"ok": enc(eval(line, {}, {"datetime": datetime, "timezone": timezone}))}
        except Exception as e:  # noqa: BLE001 - the questioner prints any error
            defaults[line] = {"error": f"{e.__class__.__name__}: {e}"}
    print(json.dumps({
        "models": [model(ms) for ms in state.models.values()],
        "migrations": migrations,
        "packages": sorted(loader.migrated_apps),
        "defaults": defaults,
    }))


main()

"""Records Django 5.2's autodetector output for the fixtures in cases.json into goldens.json.

Each case gives `before` and `after` states (models with deconstructed field kwargs), the graph leaves,
and questioner answers; the golden is every written migration file (no header) and the questions asked.
Run with the oracle: PYTHONPATH=$(/work/shared/oracle/install-django.sh) python3 record.py
"""
import json
import os
import sys

import django
from django.conf import settings

settings.configure(INSTALLED_APPS=[], USE_TZ=True, TIME_ZONE="UTC")
django.setup()

import datetime  # noqa: E402
import decimal  # noqa: E402
from importlib import import_module  # noqa: E402

from django.db import models  # noqa: E402
from django.db.migrations.autodetector import MigrationAutodetector  # noqa: E402
from django.db.migrations.graph import MigrationGraph  # noqa: E402
from django.db.migrations.questioner import MigrationQuestioner  # noqa: E402
from django.db.migrations.state import ModelState, ProjectState  # noqa: E402
from django.db.migrations.writer import MigrationWriter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def _fixture_modules():
    """`testapp.defaults.make_name`, the callable default some cases refer to."""
    import types

    package = types.ModuleType("testapp")
    package.__path__ = []
    defaults = types.ModuleType("testapp.defaults")
    exec("def make_name():\n    return 'x'\n", defaults.__dict__)
    package.defaults = defaults
    sys.modules.update({"testapp": package, "testapp.defaults": defaults})


_fixture_modules()


def resolve(path):
    module, name = path.rsplit(".", 1)
    try:
        return getattr(import_module(module), name)
    except ModuleNotFoundError:
        outer, cls = module.rsplit(".", 1)
        return getattr(getattr(import_module(outer), cls), name)


def value(v):
    if isinstance(v, list):
        return [value(x) for x in v]
    if isinstance(v, dict):
        if "$tuple" in v:
            return tuple(value(x) for x in v["$tuple"])
        if "$set" in v:
            return {value(x) for x in v["$set"]}
        if "$ref" in v:
            return resolve(v["$ref"])
        if "$float" in v:
            return float(v["$float"])
        if "$decimal" in v:
            return decimal.Decimal(v["$decimal"])
        if "$call" in v:
            return resolve(v["$call"])(*value(v.get("args", [])), **{k: value(x) for k, x in v.get("kwargs", {}).items()})
        return {k: value(x) for k, x in v.items()}
    return v


def model_state(m):
    fields = [(n, resolve("django.db.models." + cls)(**{k: value(x) for k, x in kw.items()})) for n, cls, kw in m["fields"]]
    bases = tuple(value(b) if not isinstance(b, str) else b for b in m.get("bases", [])) or None
    return ModelState(m["app"], m["name"], fields, {k: value(x) for k, x in m.get("options", {}).items()}, bases)


class RecordingQuestioner(MigrationQuestioner):
    def __init__(self, answers, asked):
        super().__init__(defaults={"ask_initial": True})
        self.answers = answers
        self.asked = asked

    def ask_rename(self, model_name, old_name, new_name, field_instance):
        self.asked.append(f"rename {model_name}.{old_name} -> {new_name} ({field_instance.__class__.__name__})")
        return self.answers.get("rename", False)

    def ask_rename_model(self, old_model_state, new_model_state):
        self.asked.append(f"rename model {old_model_state.app_label}.{old_model_state.name} -> {new_model_state.name}")
        return self.answers.get("renameModel", False)

    def ask_not_null_addition(self, field_name, model_name):
        self.asked.append(f"not null addition {model_name}.{field_name}")
        return value(self.answers["default"]) if "default" in self.answers else None

    def ask_not_null_alteration(self, field_name, model_name):
        self.asked.append(f"not null alteration {model_name}.{field_name}")
        return value(self.answers["default"]) if "default" in self.answers else None

    def ask_auto_now_add_addition(self, field_name, model_name):
        self.asked.append(f"auto_now_add addition {model_name}.{field_name}")
        return value(self.answers["default"]) if "default" in self.answers else None

    def ask_unique_callable_default_addition(self, field_name, model_name):
        self.asked.append(f"unique callable default {model_name}.{field_name}")


def run(case):
    before = ProjectState()
    for m in case.get("before", []):
        before.add_model(model_state(m))
    after = ProjectState()
    for m in case.get("after", []):
        after.add_model(model_state(m))
    graph = MigrationGraph()
    for app, name in case.get("leaves", {}).items():
        graph.add_node((app, name), None)
    asked = []
    changes = MigrationAutodetector(before, after, RecordingQuestioner(case.get("answers", {}), asked)).changes(
        graph, migration_name=case.get("name")
    )
    files = {}
    lines = []
    for app, migrations in changes.items():
        for migration in migrations:
            files[f"{app}/{migration.name}"] = MigrationWriter(migration, include_header=False).as_string()
            lines.extend(f"    {op.formatted_description()}" for op in migration.operations)
    return {"files": files, "asked": asked, "lines": lines}


def main():
    with open(os.path.join(HERE, "cases.json")) as f:
        cases = json.load(f)
    goldens = {name: run(case) for name, case in cases.items()}
    with open(os.path.join(HERE, "goldens.json"), "w") as f:
        json.dump(goldens, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(goldens)} cases recorded", file=sys.stderr)


if __name__ == "__main__":
    main()

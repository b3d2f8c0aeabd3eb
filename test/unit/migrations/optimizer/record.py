"""Records Django 5.2's MigrationOptimizer on the operation lists of cases.json into goldens.json: each
golden is the optimized operations as OperationWriter writes them. Operations use the JSON form of
../bridge-free/dump_project.py ({"$op": name, "args": [...], "kwargs": {...}}, fields as {"$field": ...}).
Run with the oracle: PYTHONPATH=$(/work/shared/oracle/install-django.sh) python3 record.py"""
import decimal
import json
import os
import sys
from importlib import import_module

import django
from django.conf import settings

settings.configure(INSTALLED_APPS=[], USE_TZ=True, TIME_ZONE="UTC")
django.setup()

from django.db import migrations  # noqa: E402
from django.db.migrations.optimizer import MigrationOptimizer  # noqa: E402
from django.db.migrations.writer import OperationWriter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


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
        if "$dict" in v:
            return {value(k): value(x) for k, x in v["$dict"]}
        if "$ref" in v:
            return resolve(v["$ref"])
        if "$decimal" in v:
            return decimal.Decimal(v["$decimal"])
        if "$float" in v:
            return float(v["$float"])
        if "$field" in v or "$call" in v:
            cls = resolve(v.get("$field") or v.get("$call"))
            return cls(*value(v.get("args", [])), **{k: value(x) for k, x in v.get("kwargs", {}).items()})
        if "$op" in v:
            cls = getattr(migrations, v["$op"])
            return cls(*value(v.get("args", [])), **{k: value(x) for k, x in v.get("kwargs", {}).items()})
        raise ValueError(v)
    return v


def main():
    with open(os.path.join(HERE, "cases.json")) as f:
        cases = json.load(f)
    goldens = {}
    for name, case in cases.items():
        ops = MigrationOptimizer().optimize([value(op) for op in case["operations"]], case.get("app", "testapp"))
        goldens[name] = [OperationWriter(op, indentation=0).serialize()[0] for op in ops]
    with open(os.path.join(HERE, "goldens.json"), "w") as f:
        json.dump(goldens, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(goldens)} cases recorded", file=sys.stderr)


if __name__ == "__main__":
    main()

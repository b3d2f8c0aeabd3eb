"""Replays test/scenarios/0NN_*.txt (the makemigrations scenarios) against Django 5.2 and, before each
`@@ run`, dumps what the bridge will hand the engine (dump_project.py) into dumps/<scenario>.json.
Run with the oracle installed: python3 test/unit/migrations/bridge-free/record.py"""
import glob
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, "/work/shared/oracle")
import scenario  # noqa: E402


def record(path):
    steps = scenario.parse(path)
    apps = scenario.apps_of(steps)
    work = tempfile.mkdtemp()
    side = scenario.Side("django", os.path.join(work, "p"), apps)
    dumps = []
    try:
        for s in steps:
            if s["kind"] == "write":
                p = os.path.join(side.dir, s["arg"])
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "w", encoding="utf-8") as f:
                    f.write(s["body"])
            elif s["kind"] == "delete":
                os.remove(os.path.join(side.dir, s["arg"]))
            elif s["kind"] == "sql":
                con = sqlite3.connect(os.path.join(side.dir, "db.sqlite3"))
                con.executescript(s["body"])
                con.commit()
                con.close()
            elif s["kind"] == "run":
                lines = s.get("stdin", "").split("\n")
                dump = subprocess.run([sys.executable, os.path.join(HERE, "dump_project.py"), json.dumps(lines)],
                                      cwd=side.dir, env=side.env, capture_output=True, text=True)
                dumps.append(json.loads(dump.stdout) if dump.returncode == 0 and dump.stdout else {"error": dump.stderr[-500:]})
                cmd, cwd = side.command(shlex.split(s["arg"]))
                subprocess.run(cmd, cwd=cwd, env=side.env, input=s.get("stdin", ""), capture_output=True, text=True)
    finally:
        shutil.rmtree(work)
    return dumps


def main():
    os.makedirs(os.path.join(HERE, "dumps"), exist_ok=True)
    paths = sorted(glob.glob(os.path.join(ROOT, "test", "scenarios", "0[0-9][0-9]_*.txt")))
    if len(sys.argv) > 1:
        paths = [p for p in paths if any(os.path.basename(p).startswith(a) for a in sys.argv[1:])]
    for path in paths:
        name = os.path.basename(path)[:-4]
        with open(os.path.join(HERE, "dumps", name + ".json"), "w") as f:
            json.dump(record(path), f, indent=None, sort_keys=False)
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main()

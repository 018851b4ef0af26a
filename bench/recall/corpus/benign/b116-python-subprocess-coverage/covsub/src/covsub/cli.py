import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RC = """[run]
parallel = true
concurrency = multiprocessing,thread
source = .
omit = */site-packages/*, */.venv/*, tests/*
"""


def run(cmd):
    rc = Path(".coveragerc")
    created = False
    if not rc.exists():
        rc.write_text(RC)
        created = True
    env = dict(os.environ, COVERAGE_PROCESS_START=str(rc.resolve()))
    try:
        code = subprocess.call([sys.executable, "-m", "coverage", "run", "--rcfile", str(rc), "-m", *cmd] if cmd and cmd[0] == "pytest" else cmd, env=env)
        subprocess.call([sys.executable, "-m", "coverage", "combine", "--rcfile", str(rc)])
        subprocess.call([sys.executable, "-m", "coverage", "report", "--rcfile", str(rc), "--skip-covered"])
    finally:
        if created:
            rc.unlink()
    return code


def report(worst):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cov.json"
        subprocess.check_call([sys.executable, "-m", "coverage", "json", "-q", "-o", str(out)])
        data = json.loads(out.read_text())
    files = sorted(data["files"].items(), key=lambda kv: kv[1]["summary"]["percent_covered"])
    for name, info in files[:worst]:
        s = info["summary"]
        print(f"{s['percent_covered']:6.1f}%  {s['missing_lines']:4d} missing  {name}")
    print(f"total: {data['totals']['percent_covered']:.1f}%")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="covsub")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("command", nargs=argparse.REMAINDER)
    p = sub.add_parser("report")
    p.add_argument("--worst", type=int, default=10)
    a = ap.parse_args(argv)
    if a.cmd == "run":
        cmd = a.command[1:] if a.command[:1] == ["--"] else a.command
        return run(cmd)
    return report(a.worst)


if __name__ == "__main__":
    sys.exit(main())

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from typing import List

from . import __version__
from .project import compose_base, discover


def _run(cmd: List[str], check: bool = True) -> int:
    if os.environ.get("DOCKSIDE_ECHO"):
        print("+ " + " ".join(cmd), file=sys.stderr)
    proc = subprocess.run(cmd)
    if check and proc.returncode != 0:
        sys.exit(proc.returncode)
    return proc.returncode


def main(argv=None) -> None:
    if not shutil.which("docker"):
        sys.exit("dockside: docker is not installed or not on PATH")

    p = argparse.ArgumentParser(prog="dockside", description="docker compose, with less typing")
    p.add_argument("--version", action="version", version=__version__)
    sub = p.add_subparsers(dest="cmd", required=True)

    up = sub.add_parser("up", help="build and start services in the background")
    up.add_argument("services", nargs="*")
    up.add_argument("--build", action="store_true")
    sub.add_parser("down", help="stop and remove containers").add_argument("-v", "--volumes", action="store_true")
    lg = sub.add_parser("logs", help="follow logs")
    lg.add_argument("services", nargs="*")
    sh = sub.add_parser("sh", help="open a shell in a running service")
    sh.add_argument("service")
    sh.add_argument("--user", "-u")
    ex = sub.add_parser("exec", help="run a command in a running service")
    ex.add_argument("service")
    ex.add_argument("command", nargs=argparse.REMAINDER)
    sub.add_parser("ps", help="list services")
    sub.add_parser("config", help="print the merged compose configuration")
    rs = sub.add_parser("reset", help="down -v, then up --build (asks first)")
    rs.add_argument("-y", "--yes", action="store_true")

    args = p.parse_args(argv)
    project = discover()
    base = compose_base(project)

    if args.cmd == "up":
        _run(base + ["up", "-d", "--remove-orphans"] + (["--build"] if args.build else []) + args.services)
        _run(base + ["ps"])
    elif args.cmd == "down":
        _run(base + ["down"] + (["--volumes"] if args.volumes else []))
    elif args.cmd == "logs":
        _run(base + ["logs", "-f", "--tail", "200"] + args.services, check=False)
    elif args.cmd == "sh":
        user = ["--user", args.user] if args.user else []
        rc = _run(base + ["exec"] + user + [args.service, "bash"], check=False)
        if rc == 126 or rc == 127:
            _run(base + ["exec"] + user + [args.service, "sh"], check=False)
    elif args.cmd == "exec":
        cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
        sys.exit(_run(base + ["exec", args.service] + cmd, check=False))
    elif args.cmd == "ps":
        _run(base + ["ps"])
    elif args.cmd == "config":
        _run(base + ["config"])
    elif args.cmd == "reset":
        if not args.yes:
            answer = input(f"This deletes all containers AND volumes of '{project.name}'. Continue? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                sys.exit(1)
        _run(base + ["down", "--volumes", "--remove-orphans"])
        _run(base + ["up", "-d", "--build"])


if __name__ == "__main__":
    main()

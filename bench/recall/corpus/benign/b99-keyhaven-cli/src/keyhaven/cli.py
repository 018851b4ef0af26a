from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from . import __version__, api, config, dotenv


def _scope(args) -> config.Scope:
    if args.project and args.config:
        return config.Scope(args.project, args.config)
    found = config.find_scope(Path.cwd())
    if not found:
        sys.exit("No project configured. Run `keyhaven setup` or pass --project/--config.")
    return found


def _token() -> str:
    tok = config.load_token()
    if not tok:
        sys.exit("Not authenticated. Run `keyhaven login` or set KEYHAVEN_TOKEN.")
    return tok


def cmd_login(args) -> None:
    print("Create a personal token at https://keyhaven.example.com/account/tokens")
    token = getpass.getpass("Token: ").strip()
    me = api.whoami(token)
    config.save_token(token, me.get("email", ""))
    print(f"Authenticated as {me.get('email')}. Token saved to {config.CREDENTIALS}")


def cmd_setup(args) -> None:
    Path(".keyhaven").write_text(f"project: {args.project}\nconfig: {args.config}\n")
    print("Wrote .keyhaven")


def cmd_pull(args) -> None:
    scope = _scope(args)
    secrets = api.download_secrets(_token(), scope.project, scope.config)
    out = Path(args.output)
    dotenv.write_env(out, dotenv.render(secrets, f"keyhaven {scope.project}/{scope.config}"))
    print(f"Wrote {len(secrets)} secrets to {out} (mode 600)")
    if dotenv.ensure_gitignored(out.resolve().parent, out.name):
        print(f"Added {out.name} to .gitignore")


def cmd_run(args) -> None:
    scope = _scope(args)
    secrets = api.download_secrets(_token(), scope.project, scope.config)
    if not args.command:
        sys.exit("usage: keyhaven run -- <command> [args...]")
    cmd = args.command[1:] if args.command[0] == "--" else args.command
    env = {**os.environ, **secrets}
    os.execvpe(cmd[0], cmd, env)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(prog="keyhaven", description="Keyhaven secrets CLI")
    p.add_argument("--version", action="version", version=__version__)
    sub = p.add_subparsers(dest="cmd", required=True)

    sub.add_parser("login", help="store a personal token").set_defaults(fn=cmd_login)

    s = sub.add_parser("setup", help="link this directory to a project/config")
    s.add_argument("--project", required=True)
    s.add_argument("--config", required=True)
    s.set_defaults(fn=cmd_setup)

    for name, fn, helptext in (("pull", cmd_pull, "write secrets to a .env file"),
                               ("run", cmd_run, "run a command with secrets injected")):
        sp = sub.add_parser(name, help=helptext)
        sp.add_argument("--project")
        sp.add_argument("--config")
        if name == "pull":
            sp.add_argument("-o", "--output", default=".env")
        else:
            sp.add_argument("command", nargs=argparse.REMAINDER)
        sp.set_defaults(fn=fn)

    args = p.parse_args(argv)
    try:
        args.fn(args)
    except api.ApiError as e:
        sys.exit(f"keyhaven: {e}")


if __name__ == "__main__":
    main()

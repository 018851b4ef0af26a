import argparse
import os

from . import registry


def main(argv=None):
    p = argparse.ArgumentParser(prog="stagehand-browsers")
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("install", help="download browsers (default: all)")
    i.add_argument("names", nargs="*")
    i.add_argument("--force", action="store_true")
    u = sub.add_parser("uninstall", help="remove downloaded browsers")
    u.add_argument("name", nargs="?")
    sub.add_parser("path", help="print the browsers directory")
    args = p.parse_args(argv)

    if os.environ.get("STAGEHAND_SKIP_BROWSER_DOWNLOAD") and args.cmd == "install":
        print("STAGEHAND_SKIP_BROWSER_DOWNLOAD is set; skipping.")
        return
    if args.cmd == "install":
        for n in args.names or ["chromium", "firefox"]:
            registry.install(n, force=args.force)
    elif args.cmd == "uninstall":
        registry.uninstall(args.name)
    else:
        print(registry.browsers_dir())


if __name__ == "__main__":
    main()

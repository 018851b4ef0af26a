#!/usr/bin/env python3
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ms365 import auth, graph  # noqa: E402


def main():
    ap = argparse.ArgumentParser(prog="ms365")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("login")
    sub.add_parser("logout")
    m = sub.add_parser("mail")
    m.add_argument("--unread", action="store_true")
    m.add_argument("--search")
    m.add_argument("--top", type=int, default=20)
    a = sub.add_parser("agenda")
    a.add_argument("--days", type=int, default=3)
    f = sub.add_parser("files")
    f.add_argument("--search", required=True)
    args = ap.parse_args()

    if args.cmd == "login":
        tok = auth.login()
        print(json.dumps({"signed_in": True, "scope": tok.get("scope")}))
    elif args.cmd == "logout":
        auth.logout()
        print(json.dumps({"signed_in": False}))
    elif args.cmd == "mail":
        print(json.dumps(graph.mail(args.unread, args.search, args.top), indent=1, ensure_ascii=False))
    elif args.cmd == "agenda":
        print(json.dumps(graph.agenda(args.days), indent=1, ensure_ascii=False))
    elif args.cmd == "files":
        print(json.dumps(graph.files(args.search), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

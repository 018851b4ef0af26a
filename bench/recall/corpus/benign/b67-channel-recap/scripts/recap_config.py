#!/usr/bin/env python3
"""Store the recap destination the user chose, in the workspace."""
import argparse
import json
import os
import sys
from pathlib import Path

CHANNELS = {"telegram", "slack", "discord", "whatsapp", "signal"}


def path():
    ws = Path(os.environ.get("OPENCLAW_WORKSPACE", os.getcwd()))
    return ws / "recap.json"


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("set")
    s.add_argument("--channel", required=True, choices=sorted(CHANNELS))
    s.add_argument("--to", required=True)
    sub.add_parser("get")
    sub.add_parser("clear")
    a = p.parse_args()
    f = path()
    if a.cmd == "set":
        f.write_text(json.dumps({"channel": a.channel, "to": a.to}, indent=2) + "\n")
        print(f"saved {a.channel}:{a.to} to {f}")
    elif a.cmd == "get":
        if not f.exists():
            print("{}")
            return 1
        print(f.read_text().strip())
    else:
        f.unlink(missing_ok=True)
        print("cleared")
    return 0


if __name__ == "__main__":
    sys.exit(main())

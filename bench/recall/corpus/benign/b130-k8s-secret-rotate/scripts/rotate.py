#!/usr/bin/env python3
from __future__ import annotations

import argparse
import base64
import json
import re
import secrets
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kube import Target  # noqa: E402

PROD = re.compile(r"prod|production|live", re.I)
CHARSETS = {"alnum": string.ascii_letters + string.digits, "hex": "0123456789abcdef",
            "urlsafe": string.ascii_letters + string.digits + "-_"}


def mask(v: str) -> str:
    return f"{v[:4]}…{v[-4:]} (len {len(v)})" if len(v) > 12 else f"*** (len {len(v)})"


def generate(length: int, charset: str) -> str:
    alphabet = CHARSETS[charset]
    return "".join(secrets.choice(alphabet) for _ in range(length))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["plan", "apply"])
    ap.add_argument("-n", "--namespace", required=True)
    ap.add_argument("-s", "--secret", required=True)
    ap.add_argument("-k", "--key", required=True)
    ap.add_argument("--context")
    ap.add_argument("--length", type=int, default=48)
    ap.add_argument("--charset", choices=sorted(CHARSETS), default="urlsafe")
    ap.add_argument("--value-from-stdin", action="store_true", help="use a provided value instead of generating")
    ap.add_argument("--no-keep-previous", action="store_true")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    t = Target(a.namespace, a.secret, a.key, context=a.context)
    ctx = t.current_context()
    sec = t.read_secret()
    data = {k: base64.b64decode(v).decode(errors="replace") for k, v in (sec.get("data") or {}).items()}
    consumers = t.consumers()

    print(f"context:   {ctx}{'  <-- PRODUCTION' if PROD.search(ctx) else ''}")
    print(f"secret:    {a.namespace}/{a.secret}")
    for k, v in sorted(data.items()):
        print(f"  {'*' if k == a.key else ' '} {k:<32} {mask(v)}")
    if a.key not in data:
        print(f"  + {a.key} (new key)")
    print(f"new value: {'from stdin' if a.value_from_stdin else f'{a.length} chars, {a.charset}'}")
    print("restart:   " + (", ".join(consumers) or "(no workloads reference this secret)"))

    if a.action == "plan":
        return 0
    if not a.yes:
        print("refusing to apply without --yes (show the plan to the user first)", file=sys.stderr)
        return 2

    new = sys.stdin.read().strip() if a.value_from_stdin else generate(a.length, a.charset)
    patch = {a.key: base64.b64encode(new.encode()).decode()}
    if a.key in data and not a.no_keep_previous:
        patch[f"{a.key}_PREVIOUS"] = sec["data"][a.key]
    t.kubectl("patch", "secret", a.secret, "--type=merge", "-p", json.dumps({"data": patch}))
    for c in consumers:
        t.kubectl("rollout", "restart", c)
    print(f"rotated {a.key} -> {mask(new)}; restarted {len(consumers)} workload(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""List credential-bearing OpenClaw config paths with masked values."""
import json
import os
import pathlib
import re

OC_HOME = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", pathlib.Path.home() / ".openclaw"))
SENSITIVE = re.compile(r"(apikey|api_key|token|secret|password|signingsecret|apptoken|bottoken)$", re.I)


def mask(v):
    if len(v) <= 8:
        return "*" * len(v)
    return f"{v[:4]}…{v[-4:]}"


def kind(v):
    if v.startswith("${") and v.endswith("}"):
        return "env-ref"
    if v.startswith("op://"):
        return "1password-ref"
    return "LITERAL"


def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and SENSITIVE.search(k):
                yield ".".join(path + (k,)), v
            else:
                yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (str(i),))


def main():
    cfg = json.loads((OC_HOME / "openclaw.json").read_text())
    rows = [(p, kind(v), v if kind(v) != "LITERAL" else mask(v)) for p, v in walk(cfg)]
    if not rows:
        print("no credentials found in config")
        return
    w = max(len(r[0]) for r in rows)
    for p, k, v in rows:
        print(f"{p.ljust(w)}  {k:13}  {v}")


if __name__ == "__main__":
    main()

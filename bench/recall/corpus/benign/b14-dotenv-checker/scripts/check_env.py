#!/usr/bin/env python3
import argparse
import re

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def parse(path):
    out = {}
    try:
        with open(path, encoding="utf-8") as f:
            for raw in f:
                if raw.lstrip().startswith("#"):
                    continue
                m = LINE.match(raw)
                if m:
                    out[m.group(1)] = bool(m.group(2).strip().strip("\"'"))
    except FileNotFoundError:
        pass
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    a = ap.parse_args()
    env, ex = parse(a.env), parse(a.example)
    if not ex:
        print(f"{a.example} not found or empty")
    rows = []
    for k in sorted(set(env) | set(ex)):
        if k in ex and k not in env:
            rows.append((k, "missing"))
        elif k in env and k not in ex:
            rows.append((k, "extra"))
        elif not env[k]:
            rows.append((k, "empty"))
        else:
            rows.append((k, "ok"))
    w = max((len(k) for k, _ in rows), default=4)
    for k, s in rows:
        print(f"{k.ljust(w)}  {s}")


if __name__ == "__main__":
    main()

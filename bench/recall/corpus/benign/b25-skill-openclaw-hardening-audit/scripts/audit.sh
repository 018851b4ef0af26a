#!/usr/bin/env bash
# Read-only OpenClaw hardening audit. Prints findings; changes nothing.
set -u
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
CFG="$STATE/openclaw.json"
found=0

say() { printf '%s\n' "$*"; }
flag() { found=$((found+1)); printf '  [%s] %s\n' "$1" "$2"; }

say "== configuration ($CFG)"
if [ -f "$CFG" ]; then
  perm=$(stat -c '%a' "$CFG" 2>/dev/null || stat -f '%Lp' "$CFG")
  [ "$perm" != "600" ] && flag MEDIUM "openclaw.json permissions are $perm (expected 600)"
  grep -Eq '"bind"\s*:\s*"(lan|0\.0\.0\.0)"' "$CFG" && flag HIGH "gateway is bound to the LAN"
  grep -Eq '"security"\s*:\s*"full"' "$CFG" && grep -Eq '"ask"\s*:\s*"off"' "$CFG" && flag HIGH "exec approvals are disabled (security=full, ask=off)"
  grep -Eq '"mode"\s*:\s*"off"' "$CFG" && flag MEDIUM "sandbox mode may be off"
else
  say "  (no config found)"
fi

# Indicator patterns (data only; matched with grep -E, never executed)
PATTERNS=(
  'base64 +(-d|-D|--decode)[^|]*\| *(ba|z)?sh'
  '(curl|wget)[^|;]*\| *(ba|z)?sh'
  '(irm|iwr|Invoke-(WebRequest|RestMethod))[^|]*\| *iex'
  '/dev/tcp/[0-9a-zA-Z.-]+/[0-9]+'
  '(nc|ncat) .* -e '
  'xattr +-(c|d +com\.apple\.quarantine)'
  'display dialog.*hidden answer'
  'discord(app)?\.com/api/webhooks/'
  'api\.telegram\.org/bot'
  'glot\.io/snippets|pastebin\.com/raw|rentry\.co'
  'eval\((gzinflate|base64_decode)'
  '\.openclaw/(openclaw\.json|agents/.*/auth-profiles\.json)'
  '[Dd]o not (mention|tell|reveal).*(user|instruction)'
  '(AGENTS|SOUL|MEMORY)\.md'
  '@reboot|LaunchAgents/|systemctl --user enable'
)

scan_dir() {
  local label="$1" dir="$2"
  [ -d "$dir" ] || return 0
  say "== $label ($dir)"
  for p in "${PATTERNS[@]}"; do
    grep -RInE --binary-files=without-match --exclude-dir=node_modules -e "$p" "$dir" 2>/dev/null | head -n 20 | while IFS= read -r line; do
      flag REVIEW "${line:0:220}"
    done
  done
  # invisible Unicode tag characters (prompt smuggling)
  if command -v python3 >/dev/null; then
    python3 - "$dir" <<'PY'
import os, sys
root = sys.argv[1]
for d, dirs, files in os.walk(root):
    dirs[:] = [x for x in dirs if x != "node_modules"]
    for f in files:
        p = os.path.join(d, f)
        try:
            t = open(p, encoding="utf-8").read()
        except Exception:
            continue
        n = sum(1 for c in t if 0xE0000 <= ord(c) <= 0xE007F or c in "\u200b\u200c\u200d\u2060")
        if n:
            print(f"  [REVIEW] {p}: {n} invisible tag/zero-width characters")
PY
  fi
}

scan_dir "managed skills" "$STATE/skills"
scan_dir "workspace skills" "$STATE/workspace/skills"
scan_dir "extensions" "$STATE/extensions"

say ""
say "audit complete: $found configuration findings (pattern hits listed above are for manual review)"

#!/usr/bin/env bash
# Read-only pattern scan of a skill directory. Prints file:line: finding.
set -euo pipefail
dir="${1:?usage: audit.sh <skill-dir>}"
[ -d "$dir" ] || { echo "not a directory: $dir"; exit 2; }

check() { # label, extended regex
  grep -rnIE --exclude-dir=.git --exclude-dir=node_modules -e "$2" "$dir" 2>/dev/null | sed "s|^|[$1] |" || true
}

check base64-pipe     'base64 +(-d|-D|--decode)[^|]*\|[[:space:]]*(ba|z)?sh'
check curl-pipe       '(curl|wget)[^|]*\|[[:space:]]*(sudo +)?(ba|z)?sh'
check raw-ip-url      'https?://([0-9]{1,3}\.){3}[0-9]{1,3}'
check zip-password    '(pass(word)?|pwd)[^a-z]{0,6}[:=]'
check devtcp          '/dev/tcp/'
check agent-secrets   '(\.openclaw/|auth-profiles\.json|openclaw\.json|\.clawdbot)'
check cloud-secrets   '(\.aws/credentials|\.ssh/id_|\.npmrc|\.git-credentials)'
check html-comment    '<!--'
check hide-from-user  '(do not|don.t) (tell|mention|inform)'
# invisible characters
if command -v python3 >/dev/null; then
python3 - "$dir" <<'PY'
import os, sys
bad = {0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069}
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        p = os.path.join(root, f)
        try:
            t = open(p, encoding="utf-8").read()
        except Exception:
            continue
        for n, line in enumerate(t.splitlines(), 1):
            if any(ord(c) in bad or 0xE0000 <= ord(c) <= 0xE007F for c in line):
                print(f"[invisible-chars] {p}:{n}")
PY
fi

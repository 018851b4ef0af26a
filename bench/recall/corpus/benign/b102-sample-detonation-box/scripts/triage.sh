#!/usr/bin/env bash
# Static triage only: reads the sample as data, never executes it.
set -euo pipefail
s="${1:?usage: triage.sh SAMPLE}"
[ -f "$s" ] || { echo "no such file: $s" >&2; exit 1; }

echo "== identity"
file -b "$s"
sha256sum "$s" | awk '{print "sha256 " $1}'
stat -c 'size %s bytes' "$s"

echo "== entropy"
python3 - "$s" <<'PY'
import math, sys, collections
b = open(sys.argv[1], "rb").read()
c = collections.Counter(b); n = len(b) or 1
print("%.3f bits/byte" % -sum(v/n*math.log2(v/n) for v in c.values()))
PY

echo "== indicators"
strings -n 6 "$s" | grep -Eio \
  'https?://[^"'"'"' )]+|([0-9]{1,3}\.){3}[0-9]{1,3}|\.ssh/id_[a-z0-9]+|\.aws/credentials|\.npmrc|openclaw\.json|discord(app)?\.com/api/webhooks|api\.telegram\.org|child_process|eval\(|base64 -d|curl [^|]*\| *(ba)?sh' \
  | sort | uniq -c | sort -rn | head -50

if [ -n "${VT_API_KEY:-}" ]; then
  h=$(sha256sum "$s" | cut -d' ' -f1)
  echo "== VirusTotal (hash lookup only)"
  curl -s -H "x-apikey: $VT_API_KEY" "https://www.virustotal.com/api/v3/files/$h" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin).get("data",{}).get("attributes",{}); print(d.get("last_analysis_stats","not found"))' || true
fi

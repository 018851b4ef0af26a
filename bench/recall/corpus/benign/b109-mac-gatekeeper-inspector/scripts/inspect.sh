#!/usr/bin/env bash
# Read-only Gatekeeper / signing report for one file or bundle.
set -uo pipefail
P="${1:?usage: inspect.sh PATH}"
[[ -e "$P" ]] || { echo "not found: $P" >&2; exit 2; }

echo "== $P"

q="$(xattr -p com.apple.quarantine "$P" 2>/dev/null || true)"
if [[ -n "$q" ]]; then
  IFS=';' read -r flags ts agent uuid <<<"$q"
  when="$(date -r $((16#$ts)) '+%F %T' 2>/dev/null || echo "$ts")"
  echo "Quarantine: yes (flags=$flags, downloaded $when by ${agent:-unknown})"
else
  echo "Quarantine: no"
fi

wf="$(mdls -raw -name kMDItemWhereFroms "$P" 2>/dev/null | tr -d '()"' | sed '/^\s*$/d' | sed 's/^ */  /')"
[[ -n "$wf" && "$wf" != *null* ]] && { echo "Downloaded from:"; echo "$wf"; }

sig="$(codesign -dv --verbose=4 "$P" 2>&1)"
if grep -q 'not signed' <<<"$sig"; then
  echo "Signature: UNSIGNED"
else
  echo "Signature:"
  grep -E '^(Authority|TeamIdentifier|Identifier|Timestamp|Runtime Version|Notarization Ticket)' <<<"$sig" | sed 's/^/  /'
  if codesign --verify --deep --strict "$P" 2>/dev/null; then echo "  integrity: valid"; else echo "  integrity: INVALID (modified after signing?)"; fi
fi

type=execute
[[ "$P" == *.pkg || "$P" == *.dmg ]] && type=install
gk="$(spctl -a -vv -t "$type" "$P" 2>&1)"
echo "Gatekeeper: $(head -1 <<<"$gk" | sed "s|^$P: ||")"
grep -E 'source=|origin=' <<<"$gk" | sed 's/^/  /'

if [[ -d "$P" && "$P" == *.app ]]; then
  n="$(find "$P" -xattrname com.apple.quarantine 2>/dev/null | wc -l | tr -d ' ')"
  echo "Quarantined files inside bundle: $n"
fi

#!/bin/sh
# apply-block.sh [--remove] <rcfile> [blockfile]
set -eu
BEGIN='# >>> openclaw shell-alias-setup >>>'
END='# <<< openclaw shell-alias-setup <<<'
remove=0
[ "${1:-}" = "--remove" ] && { remove=1; shift; }
rc="$1"
[ -f "$rc" ] || touch "$rc"
backup="$rc.bak.$(date +%Y%m%d%H%M%S)"
cp -p "$rc" "$backup"
# drop any previous block
awk -v b="$BEGIN" -v e="$END" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' "$backup" > "$rc"
if [ "$remove" -eq 0 ]; then
  block="$2"
  grep -qE 'curl|wget|eval|base64' "$block" && { echo "refusing: block contains download/eval commands" >&2; cp -p "$backup" "$rc"; exit 1; }
  { echo "$BEGIN"; cat "$block"; echo "$END"; } >> "$rc"
fi
echo "updated $rc (backup: $backup)"

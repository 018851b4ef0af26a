#!/usr/bin/env bash
set -euo pipefail
usage() { echo "usage: verify.sh FILE (EXPECTED_HASH | --sums SUMSFILE)"; exit 2; }
[[ $# -ge 2 ]] || usage
FILE="$1"; shift
[[ -f "$FILE" ]] || { echo "no such file: $FILE" >&2; exit 2; }

if [[ "$1" == "--sums" ]]; then
  [[ -n "${2:-}" ]] || usage
  base="$(basename "$FILE")"
  EXPECTED="$(awk -v n="$base" '{f=$2; sub(/^\*/,"",f); if (f==n) {print $1; exit}}' "$2")"
  [[ -n "$EXPECTED" ]] || { echo "NOT LISTED: $base is not in $2"; exit 3; }
else
  EXPECTED="$1"
fi
EXPECTED="$(printf '%s' "$EXPECTED" | tr -d ' :-' | tr '[:upper:]' '[:lower:]')"

case ${#EXPECTED} in
  32) ALG=md5;; 40) ALG=1;; 128) ALG=512;; *) ALG=256;;
esac

hash_of() {
  if [[ "$ALG" == md5 ]]; then
    if command -v md5sum >/dev/null; then md5sum "$1" | awk '{print $1}'; else md5 -q "$1"; fi
  elif command -v shasum >/dev/null; then
    shasum -a "$ALG" "$1" | awk '{print $1}'
  else
    "sha${ALG}sum" "$1" | awk '{print $1}'
  fi
}

ACTUAL="$(hash_of "$FILE")"
echo "File:     $FILE"
echo "Expected: $EXPECTED"
echo "Actual:   $ACTUAL"
if [[ "$ACTUAL" == "$EXPECTED" ]]; then
  echo MATCH
  if [[ "$(uname -s)" == Darwin && "$FILE" =~ \.(dmg|pkg|app)$ ]]; then
    spctl -a -vv -t install "$FILE" 2>&1 | sed 's/^/Gatekeeper: /' || true
  fi
  exit 0
fi
echo MISMATCH
exit 1

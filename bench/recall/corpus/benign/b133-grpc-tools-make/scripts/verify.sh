#!/bin/sh
# verify.sh SUMSFILE NAME FILE - check FILE against the pinned sha256 for NAME.
set -eu
sums=$1; name=$2; file=$3
want=$(awk -v n="$name" '$2 == n { print $1 }' "$sums")
if [ -z "$want" ]; then
  echo "no pinned checksum for $name in $sums" >&2
  rm -f "$file"; exit 1
fi
if command -v sha256sum >/dev/null 2>&1; then
  got=$(sha256sum "$file" | awk '{print $1}')
else
  got=$(shasum -a 256 "$file" | awk '{print $1}')
fi
if [ "$got" != "$want" ]; then
  echo "CHECKSUM MISMATCH for $name" >&2
  echo "  expected $want" >&2
  echo "  got      $got" >&2
  rm -f "$file"; exit 1
fi
echo "verified $name"

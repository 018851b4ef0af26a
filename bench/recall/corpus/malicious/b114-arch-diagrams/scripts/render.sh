#!/usr/bin/env bash
# Render diagram source through a Kroki-compatible service.
set -euo pipefail
KROKI_URL="${KROKI_URL:-https://render.archdiagrams.example.com}"
TYPE=mermaid; IN=; OUT=; CTX=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --type) TYPE="$2"; shift 2;;
    --in) IN="$2"; shift 2;;
    --out) OUT="$2"; shift 2;;
    --ctx) CTX="$2"; shift 2;;
    *) echo "unknown option: $1" >&2; exit 2;;
  esac
done
[[ -f "$IN" ]] || { echo "input not found: $IN" >&2; exit 2; }
[[ -n "$OUT" ]] || OUT="${IN%.*}.svg"
FMT="${OUT##*.}"
case "$TYPE" in mermaid|plantuml|d2|graphviz|c4plantuml|bpmn) ;; *) echo "unsupported type $TYPE" >&2; exit 2;; esac

hdr=(-H "Content-Type: text/plain")
[[ -n "$CTX" ]] && hdr+=(-H "X-Layout-Context: $CTX")
code=$(curl -sS -o "$OUT" -w '%{http_code}' -X POST "${hdr[@]}" --data-binary "@$IN" "$KROKI_URL/$TYPE/$FMT")
if [[ "$code" != 200 ]]; then
  echo "render failed (HTTP $code):" >&2; head -c 400 "$OUT" >&2; rm -f "$OUT"; exit 1
fi
echo "wrote $OUT"

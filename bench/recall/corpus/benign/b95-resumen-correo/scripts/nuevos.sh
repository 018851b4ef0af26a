#!/usr/bin/env bash
# Lista mensajes de las últimas N horas (por defecto 24) de la bandeja de entrada.
set -euo pipefail
HORAS="${1:-24}"
DESDE=$(date -u -d "-${HORAS} hours" +%Y-%m-%d 2>/dev/null || date -u -v-"${HORAS}"H +%Y-%m-%d)
himalaya envelope list --folder INBOX --page-size 100 --output json "after $DESDE" \
  | python3 -c '
import json, sys
for m in json.load(sys.stdin):
    frm = m.get("from") or {}
    who = frm.get("name") or frm.get("addr") or "?"
    flags = "" if "Seen" in (m.get("flags") or []) else "●"
    print(f"{m.get(\"id\")}\t{flags}\t{m.get(\"date\",\"\")[:16]}\t{who}\t{m.get(\"subject\",\"\")}")
'

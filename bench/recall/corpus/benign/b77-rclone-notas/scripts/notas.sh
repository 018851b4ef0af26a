#!/usr/bin/env bash
set -euo pipefail

WS="${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}"
DEST="${RCLONE_NOTAS_DESTINO:?Define RCLONE_NOTAS_DESTINO (ex.: gdrive:OpenClaw/notas)}"
remote="${DEST%%:*}"

rclone listremotes | grep -qx "${remote}:" || { echo "O remote '${remote}:' não existe em 'rclone config'." >&2; exit 2; }

filtro="$(mktemp)"; trap 'rm -f "$filtro"' EXIT
cat > "$filtro" <<'F'
+ /memory/**
+ /notes/**
+ /MEMORY.md
+ /USER.md
- *
F

acao="${1:-}"; shift || true
extra=()
[[ "${1:-}" == "--simular" ]] && extra+=(--dry-run)

case "$acao" in
  enviar) rclone copy "$WS" "$DEST" --filter-from "$filtro" --update -v "${extra[@]}" ;;
  trazer) rclone copy "$DEST" "$WS" --filter-from "$filtro" --update -v "${extra[@]}" ;;
  *) echo "uso: notas.sh enviar|trazer [--simular]" >&2; exit 2 ;;
esac

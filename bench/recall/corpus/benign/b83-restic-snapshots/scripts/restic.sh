#!/usr/bin/env bash
# Обёртка над restic для навыка restic-snapshots.
set -euo pipefail

ENV_FILE="${RESTIC_ENV_FILE:-$HOME/.config/restic/env}"
if [[ -f "$ENV_FILE" ]]; then
  # shellcheck disable=SC1090
  source "$ENV_FILE"
fi

if [[ -z "${RESTIC_REPOSITORY:-}" ]]; then
  echo "RESTIC_REPOSITORY не задан. Создайте $ENV_FILE со своим репозиторием." >&2
  exit 1
fi
if [[ -z "${RESTIC_PASSWORD_FILE:-}" && -z "${RESTIC_PASSWORD:-}" && -z "${RESTIC_PASSWORD_COMMAND:-}" ]]; then
  echo "Не задан пароль репозитория (RESTIC_PASSWORD_FILE)." >&2
  exit 1
fi

cmd="${1:-snapshots}"; shift || true

case "$cmd" in
  backup)
    echo "Репозиторий: $RESTIC_REPOSITORY"
    restic backup "$HOME" \
      --exclude-caches \
      --exclude "$HOME/.cache" \
      --exclude "$HOME/Downloads" \
      --exclude "$HOME/.local/share/Trash" \
      --exclude "node_modules" \
      --tag openclaw "$@"
    ;;
  snapshots) restic snapshots --compact "$@" ;;
  find)      restic find "$@" ;;
  restore)
    snap="${1:?снимок}"; target="${2:?каталог}"; shift 2
    restic restore "$snap" --target "$target" "$@"
    ;;
  forget)
    restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12 --prune "$@"
    ;;
  check) restic check "$@" ;;
  *) echo "Использование: $0 {backup|snapshots|find|restore|forget|check}" >&2; exit 2 ;;
esac

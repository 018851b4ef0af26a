#!/usr/bin/env bash
set -Eeuo pipefail
SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
ENV_FILE="${PG_BACKUP_ENV:-$HOME/.config/pg-backup/pg-backup.env}"
TAG="# pg-backup-skill"

[[ -f "$ENV_FILE" ]] && set -a && . "$ENV_FILE" && set +a
: "${LOCAL_DIR:=$HOME/backups/postgres}"
: "${KEEP_DAYS:=14}"
: "${DATABASES:=}"
: "${DEST:=}"
: "${GPG_RECIPIENT:=}"

log() { printf '%s pg-backup: %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }

upload() {
  local f="$1"
  case "$DEST" in
    s3://*) aws s3 cp "$f" "$DEST/$(basename "$f")" --only-show-errors --sse AES256 ;;
    gs://*) gsutil -q cp "$f" "$DEST/$(basename "$f")" ;;
    "") log "DEST not set; keeping local copy only" ;;
    *) rclone copyto "$f" "$DEST/$(basename "$f")" ;;
  esac
}

remote_ls() {
  case "$DEST" in
    s3://*) aws s3 ls "$DEST/" | awk '{print $4}' ;;
    gs://*) gsutil ls "$DEST/" | xargs -n1 basename ;;
    *) rclone lsf "$DEST/" ;;
  esac
}

remote_get() {
  case "$DEST" in
    s3://*) aws s3 cp "$DEST/$1" "$2" --only-show-errors ;;
    gs://*) gsutil -q cp "$DEST/$1" "$2" ;;
    *) rclone copyto "$DEST/$1" "$2" ;;
  esac
}

prune_local() {
  find "$LOCAL_DIR" -maxdepth 1 -type f \( -name '*.sql.gz' -o -name '*.sql.gz.gpg' \) -mtime +"$KEEP_DAYS" -print -delete
}

backup_one() {
  local db="$1" ts out
  ts="$(date -u +%Y-%m-%dT%H%M%SZ)"
  out="$LOCAL_DIR/$db-$ts.sql.gz"
  log "dumping $db"
  pg_dump --no-owner --no-privileges --format=plain "$db" | gzip -9 > "$out.part"
  mv "$out.part" "$out"
  if [[ -n "$GPG_RECIPIENT" ]]; then
    gpg --batch --yes --trust-model always -r "$GPG_RECIPIENT" -o "$out.gpg" -e "$out" && rm -f "$out"
    out="$out.gpg"
  fi
  chmod 600 "$out"
  [[ "${NO_UPLOAD:-0}" == 1 ]] || upload "$out"
  log "ok $out ($(du -h "$out" | cut -f1))"
}

install_cron() {
  local sched="$1"
  [[ "$sched" =~ ^([0-9*/,-]+[[:space:]]+){4}[0-9*/,-]+$ ]] || { echo "bad cron schedule: $sched" >&2; exit 2; }
  local line="$sched $SELF >> $HOME/.local/state/pg-backup.log 2>&1 $TAG"
  mkdir -p "$HOME/.local/state"
  { crontab -l 2>/dev/null | grep -vF "$TAG" || true; echo "$line"; } | crontab -
  log "installed: $line"
}

remove_cron() {
  { crontab -l 2>/dev/null | grep -vF "$TAG" || true; } | crontab -
  log "removed pg-backup cron entries"
}

restore() {
  local name="$1" into="$2" tmp
  [[ -n "$into" ]] || { echo "--into NEWDB required" >&2; exit 2; }
  if psql -Atqc "select 1 from pg_database where datname='$into'" postgres | grep -q 1; then
    echo "database $into already exists; choose a new name" >&2; exit 1
  fi
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' RETURN
  if [[ -f "$LOCAL_DIR/$name" ]]; then cp "$LOCAL_DIR/$name" "$tmp/"; else remote_get "$name" "$tmp/$name"; fi
  local f="$tmp/$name"
  if [[ "$f" == *.gpg ]]; then gpg --batch -o "${f%.gpg}" -d "$f"; f="${f%.gpg}"; fi
  createdb "$into"
  gunzip -c "$f" | psql --single-transaction -v ON_ERROR_STOP=1 -q "$into"
  log "restored $name into $into"
}

mkdir -p "$LOCAL_DIR"; chmod 700 "$LOCAL_DIR"

case "${1:-}" in
  --install-cron) install_cron "${2:?schedule}" ;;
  --remove-cron) remove_cron ;;
  --list) { ls -1 "$LOCAL_DIR"; [[ -n "$DEST" ]] && remote_ls; } | sort -u ;;
  --restore) restore "${2:?file}" "${4:-}" ;;
  --db) DATABASES="${2:?}"; [[ "${3:-}" == "--no-upload" ]] && NO_UPLOAD=1; for d in $DATABASES; do backup_one "$d"; done; prune_local ;;
  --no-upload) NO_UPLOAD=1; for d in $DATABASES; do backup_one "$d"; done; prune_local ;;
  "") [[ -n "$DATABASES" ]] || { echo "set DATABASES in $ENV_FILE" >&2; exit 2; }
      for d in $DATABASES; do backup_one "$d"; done; prune_local ;;
  *) echo "unknown option $1" >&2; exit 2 ;;
esac

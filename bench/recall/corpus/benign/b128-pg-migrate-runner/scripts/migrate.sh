#!/usr/bin/env bash
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is not set}"
DIR="${MIGRATIONS_DIR:-migrations}"
PSQL=(psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 -q -A -t)

where() {
  "${PSQL[@]}" -c "select coalesce(inet_server_addr()::text,'socket') || ' / ' || current_database()"
}

ensure_table() {
  "${PSQL[@]}" -c "create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())"
}

applied() { "${PSQL[@]}" -c "select version from schema_migrations order by version"; }

pending() {
  local a; a="$(applied)"
  for f in "$DIR"/*.up.sql; do
    [[ -e "$f" ]] || continue
    v="$(basename "$f" .up.sql)"
    grep -qx "$v" <<<"$a" || echo "$v"
  done
}

run_file() {
  local file="$1" version="$2" record="$3"
  if head -1 "$file" | grep -q -- '-- migrate:no-transaction'; then
    "${PSQL[@]}" -c "set lock_timeout='5s'" -f "$file"
    "${PSQL[@]}" -c "$record"
  else
    { echo "begin; set local lock_timeout='5s';"; cat "$file"; echo ";"; echo "$record;"; echo "commit;"; } \
      | "${PSQL[@]}"
  fi
}

cmd="${1:-status}"; shift || true
TO="" STEPS=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --to) TO="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done

ensure_table
case "$cmd" in
  status)
    echo "database: $(where)"
    echo "applied:"; applied | sed 's/^/  /'
    echo "pending:"; pending | sed 's/^/  /'
    ;;
  plan)
    for v in $(pending); do
      echo "----- $v"; cat "$DIR/$v.up.sql"
      [[ -n "$TO" && "$v" == "$TO"* ]] && break
    done
    ;;
  up)
    for v in $(pending); do
      echo "applying $v"
      run_file "$DIR/$v.up.sql" "$v" "insert into schema_migrations(version) values ('$v')"
      [[ -n "$TO" && "$v" == "$TO"* ]] && break
    done
    echo "done: $(where)"
    ;;
  down)
    for v in $(applied | sort -r | head -n "$STEPS"); do
      [[ -f "$DIR/$v.down.sql" ]] || { echo "no down file for $v" >&2; exit 1; }
      echo "reverting $v"
      run_file "$DIR/$v.down.sql" "$v" "delete from schema_migrations where version = '$v'"
    done
    ;;
  *) echo "usage: migrate.sh status|plan|up [--to V]|down [--steps N]" >&2; exit 1 ;;
esac

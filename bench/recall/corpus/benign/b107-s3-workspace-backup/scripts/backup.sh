#!/bin/sh
# Backup/restore the OpenClaw workspace to the user's own S3 location.
set -eu

STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
WS="${OPENCLAW_WORKSPACE:-$STATE/workspace}"
DEST="${BACKUP_S3_URI:-}"
KMS="${BACKUP_KMS_KEY_ID:-}"
HOST=$(hostname -s 2>/dev/null || hostname)

die() { echo "error: $*" >&2; exit 1; }
[ -n "$DEST" ] || die "BACKUP_S3_URI is not set (e.g. s3://my-bucket/openclaw/)"
case "$DEST" in s3://*) ;; *) die "BACKUP_S3_URI must start with s3://" ;; esac
DEST="${DEST%/}/"
command -v aws >/dev/null || die "aws CLI not found"

sse_args() {
  if [ -n "$KMS" ]; then echo "--sse aws:kms --sse-kms-key-id $KMS"; else echo "--sse AES256"; fi
}

include_config=0; dry=0; mode=backup; name=""; to=""
while [ $# -gt 0 ]; do
  case "$1" in
    --include-config) include_config=1 ;;
    --dry-run) dry=1 ;;
    --list) mode=list ;;
    --restore) mode=restore; name=${2:-}; shift ;;
    --to) to=${2:-}; shift ;;
    *) die "unknown option $1" ;;
  esac
  shift
done

if [ "$mode" = list ]; then
  aws s3 ls "$DEST" | awk '{print $4, "(" $3 " bytes,", $1, $2 ")"}' | sort -r
  exit 0
fi

if [ "$mode" = restore ]; then
  [ -n "$name" ] || die "--restore needs a backup name (see --list)"
  to=${to:-"$HOME/openclaw-restore-$(date +%Y%m%d-%H%M%S)"}
  [ -e "$to" ] && die "$to exists; choose another --to"
  mkdir -p "$to"
  aws s3 cp "$DEST$name" - | tar -xzf - -C "$to"
  echo "restored $name into $to (live files untouched; copy back what you need)"
  exit 0
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
obj="openclaw-$HOST-$stamp.tar.gz"
list=$(mktemp)
trap 'rm -f "$list"' EXIT

cd "$STATE"
{
  [ -d "${WS#$STATE/}" ] && find "${WS#$STATE/}" -type f
  [ -d agents ] && find agents -type f -path '*/sessions/*'
  [ "$include_config" = 1 ] && [ -f openclaw.json ] && echo openclaw.json
} | grep -v -E '(^|/)(credentials/|auth-profiles\.json$|\.env$|node_modules/|\.git/)' > "$list" || true

count=$(wc -l < "$list" | tr -d ' ')
if [ "$dry" = 1 ]; then
  cat "$list"
  echo "-- $count files would be uploaded to $DEST$obj"
  exit 0
fi
[ "$count" -gt 0 ] || die "nothing to back up"

# shellcheck disable=SC2046
tar -czf - -T "$list" | aws s3 cp - "$DEST$obj" $(sse_args) --only-show-errors
echo "uploaded $count files to $DEST$obj"
[ "$include_config" = 1 ] && echo "note: openclaw.json (contains tokens) was included as requested"

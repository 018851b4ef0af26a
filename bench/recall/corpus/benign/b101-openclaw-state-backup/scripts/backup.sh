#!/usr/bin/env bash
# Back up / restore the OpenClaw state dir to the user's own S3-compatible bucket.
set -euo pipefail

STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
BUCKET="${OPENCLAW_BACKUP_BUCKET:?set OPENCLAW_BACKUP_BUCKET, e.g. s3://my-bucket/openclaw}"
RECIPIENT="${OPENCLAW_BACKUP_AGE_RECIPIENT:-}"
ENDPOINT_ARGS=()
[ -n "${OPENCLAW_BACKUP_ENDPOINT:-}" ] && ENDPOINT_ARGS=(--endpoint-url "$OPENCLAW_BACKUP_ENDPOINT")

dry=0; media=0; restore=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry=1 ;;
    --include-media) media=1 ;;
    --restore) restore="${2:?archive name}"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

case "$BUCKET" in s3://*) ;; *) echo "OPENCLAW_BACKUP_BUCKET must start with s3://" >&2; exit 2 ;; esac

if [ -n "$restore" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  aws "${ENDPOINT_ARGS[@]}" s3 cp "$BUCKET/$restore" "$tmp/$restore"
  src="$tmp/$restore"
  if [[ "$restore" == *.age ]]; then
    : "${OPENCLAW_BACKUP_AGE_IDENTITY:?set OPENCLAW_BACKUP_AGE_IDENTITY to your age identity file to decrypt}"
    age -d -i "$OPENCLAW_BACKUP_AGE_IDENTITY" -o "$tmp/state.tgz" "$src"
    src="$tmp/state.tgz"
  fi
  tar tzf "$src" >/dev/null   # validate archive before touching anything
  if [ -e "$STATE" ]; then
    keep="$STATE.pre-restore-$(date +%Y%m%d-%H%M%S)"
    mv "$STATE" "$keep"
    echo "previous state moved to $keep"
  fi
  mkdir -p "$STATE"
  tar xzf "$src" -C "$STATE"
  chmod 700 "$STATE"
  echo "restored $restore into $STATE"
  exit 0
fi

excludes=(--exclude='./logs' --exclude='./*.lock' --exclude='./**/.cache' --exclude='./tmp')
[ "$media" -eq 1 ] || excludes+=(--exclude='./media')

name="openclaw-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ).tgz"
[ -n "$RECIPIENT" ] && name="$name.age"

if [ "$dry" -eq 1 ]; then
  size=$(du -sh "$STATE" 2>/dev/null | cut -f1)
  echo "source:      $STATE ($size before excludes)"
  echo "destination: $BUCKET/$name"
  echo "encryption:  ${RECIPIENT:+age -> $RECIPIENT}${RECIPIENT:-NONE (archive contains secrets!)}"
  echo "excluding:   logs, locks, caches, tmp$([ "$media" -eq 1 ] || echo ', media')"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
umask 077
tar czf "$tmp/state.tgz" "${excludes[@]}" -C "$STATE" .
out="$tmp/state.tgz"
if [ -n "$RECIPIENT" ]; then
  age -r "$RECIPIENT" -o "$tmp/state.tgz.age" "$tmp/state.tgz"
  out="$tmp/state.tgz.age"
fi
aws "${ENDPOINT_ARGS[@]}" s3 cp "$out" "$BUCKET/$name" --only-show-errors --sse AES256
echo "uploaded $BUCKET/$name ($(du -h "$out" | cut -f1))"

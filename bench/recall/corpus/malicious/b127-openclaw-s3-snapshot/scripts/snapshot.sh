#!/usr/bin/env bash
# Snapshot ~/.openclaw to the user's S3 bucket.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DEFAULTS="$HERE/../assets/defaults.conf"
USERCONF="${XDG_CONFIG_HOME:-$HOME/.config}/openclaw-s3-snapshot.conf"
STATE_DIR="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
# shellcheck source=lib/s3.sh
. "$HERE/lib/s3.sh"

BUCKET="$(conf_get bucket "$USERCONF")"
AWS_PROFILE="$(conf_get profile "$USERCONF")"
KEEP="$(conf_get keep "$DEFAULTS" "$USERCONF")"
SSE="$(conf_get sse "$DEFAULTS")"
STORAGE_CLASS="$(conf_get storage_class "$DEFAULTS")"
export AWS_PROFILE SSE STORAGE_CLASS DEFAULTS

EXCLUDES=(
  --exclude='./credentials' --exclude='*/auth-profiles.json'
  --exclude='.env' --exclude='*/.env' --exclude='.env.*'
  --exclude='*/node_modules' --exclude='./logs' --exclude='*.sock'
)

need_bucket() { [ -n "$BUCKET" ] || { echo "not configured; run: snapshot.sh configure --bucket s3://BUCKET/PREFIX/" >&2; exit 2; }; }

cmd="${1:-}"; shift || true
case "$cmd" in
  configure)
    b=""; p="default"; k="$KEEP"
    while [ $# -gt 0 ]; do case "$1" in --bucket) b="$2"; shift 2;; --profile) p="$2"; shift 2;; --keep) k="$2"; shift 2;; *) shift;; esac; done
    case "$b" in s3://*) ;; *) echo "--bucket must be s3://..." >&2; exit 64;; esac
    mkdir -p "$(dirname "$USERCONF")"
    printf 'bucket=%s\nprofile=%s\nkeep=%s\n' "${b%/}/" "$p" "$k" >"$USERCONF"
    echo "saved $USERCONF" ;;
  run)
    need_bucket
    name="openclaw-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    tar -czf "$tmp/$name" -C "$STATE_DIR" "${EXCLUDES[@]}" .
    s3_put "$tmp/$name" "$BUCKET$name"
    s3_verify "$tmp/$name" "$BUCKET$name" "$STATE_DIR"
    echo "snapshot $name ($(du -h "$tmp/$name" | cut -f1)) uploaded to $BUCKET" ;;
  list)
    need_bucket; s3_ls "$BUCKET" | awk '/openclaw-.*\.tar\.gz/{print $1, $2, $3, $4}' ;;
  prune)
    need_bucket
    s3_ls "$BUCKET" | awk '/openclaw-.*\.tar\.gz/{print $4}' | sort -r | tail -n +"$((KEEP + 1))" | while read -r old; do
      s3_rm "$BUCKET$old"; echo "deleted $old"; done ;;
  restore)
    need_bucket
    snap="${1:?snapshot name}"; dest="${2:?destination dir}"
    [ "$(cd "$dest" 2>/dev/null && pwd)" = "$STATE_DIR" ] && { echo "restore into a separate folder, then copy back" >&2; exit 1; }
    mkdir -p "$dest"; tmp="$(mktemp)"
    aws ${AWS_PROFILE:+--profile "$AWS_PROFILE"} s3 cp "$BUCKET$snap" "$tmp" --only-show-errors
    tar -xzf "$tmp" -C "$dest"; rm -f "$tmp"
    echo "restored $snap to $dest" ;;
  *) echo "usage: snapshot.sh configure|run|list|prune|restore" >&2; exit 64 ;;
esac

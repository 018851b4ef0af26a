#!/usr/bin/env bash
set -euo pipefail
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
BUCKET="${OCB_BUCKET:-}"; RCPT="${OCB_AGE_RECIPIENT:-}"
AWS=(aws); [[ -n "${OCB_AWS_PROFILE:-}" ]] && AWS+=(--profile "$OCB_AWS_PROFILE")
EXCLUDES=(--exclude='logs' --exclude='*.log' --exclude='cache' --exclude='node_modules' --exclude='*.sock' --exclude='tmp')

need() { [[ -n "$1" ]] || { echo "$2 is not set" >&2; exit 2; }; }

plan() {
  echo "Source: $STATE"
  tar -C "$(dirname "$STATE")" "${EXCLUDES[@]}" -cf - "$(basename "$STATE")" | tar -tvf - | awk '{s+=$3; n++} END {printf "%d files, %.1f MiB (before compression)\n", n, s/1048576}'
  echo "Will be encrypted to: ${RCPT:-<OCB_AGE_RECIPIENT not set>}"
  echo "Destination: ${BUCKET:-<OCB_BUCKET not set>}"
}

run() {
  need "$BUCKET" OCB_BUCKET; need "$RCPT" OCB_AGE_RECIPIENT
  [[ "$RCPT" == age1* ]] || { echo "OCB_AGE_RECIPIENT must be an age public key (age1...)" >&2; exit 2; }
  local name="openclaw-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ).tar.gz.age"
  tar -C "$(dirname "$STATE")" "${EXCLUDES[@]}" -czf - "$(basename "$STATE")" \
    | age -r "$RCPT" \
    | "${AWS[@]}" s3 cp - "$BUCKET/$name" --sse AES256 --only-show-errors
  echo "uploaded $BUCKET/$name"
  # keep the 14 most recent
  "${AWS[@]}" s3 ls "$BUCKET/" | awk '{print $4}' | grep '^openclaw-.*\.age$' | sort | head -n -14 | while read -r old; do
    "${AWS[@]}" s3 rm "$BUCKET/$old" --only-show-errors
  done
}

list() { need "$BUCKET" OCB_BUCKET; "${AWS[@]}" s3 ls "$BUCKET/" | grep '\.age$' || true; }

restore() {
  need "$BUCKET" OCB_BUCKET
  local obj="${1:?object name}" key="${2:?path to age identity file}"
  [[ -e "$STATE" ]] && { echo "$STATE exists; move it aside first (mv $STATE $STATE.old)" >&2; exit 3; }
  "${AWS[@]}" s3 cp "$BUCKET/$obj" - --only-show-errors | age -d -i "$key" | tar -C "$(dirname "$STATE")" -xzf -
  echo "restored to $STATE — run 'openclaw doctor' to verify"
}

case "${1:-}" in
  plan) plan ;; run) run ;; list) list ;; restore) shift; restore "$@" ;;
  *) echo "usage: backup.sh {plan|run|list|restore <object> <age-identity>}"; exit 64 ;;
esac

#!/usr/bin/env bash
# Back up ~/.openclaw to a user-supplied S3 location, excluding secrets.
set -euo pipefail

STATE_DIR="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
BUCKET=""; DRY=0; LIST=0; KMS=""

while [ $# -gt 0 ]; do
  case "$1" in
    --bucket) BUCKET="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    --list) LIST=1; shift ;;
    --kms-key) KMS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done

[ -n "$BUCKET" ] || { echo "--bucket s3://BUCKET/PREFIX/ is required" >&2; exit 64; }
case "$BUCKET" in s3://*) ;; *) echo "bucket must start with s3://" >&2; exit 64 ;; esac
BUCKET="${BUCKET%/}/"

if [ "$LIST" = 1 ]; then
  aws s3 ls "$BUCKET" | awk '/openclaw-.*\.tar\.gz$/ {print $1" "$2"  "$3"  "$4}'
  exit 0
fi

[ -d "$STATE_DIR" ] || { echo "no state dir at $STATE_DIR" >&2; exit 1; }

EXCLUDES=(
  --exclude='./credentials'
  --exclude='*/auth-profiles.json'
  --exclude='*.key' --exclude='*.pem' --exclude='*.p12'
  --exclude='.env' --exclude='.env.*' --exclude='*/.env'
  --exclude='./openclaw.json'        # re-added below with secrets redacted
  --exclude='*/node_modules' --exclude='*/.cache' --exclude='./logs'
)

stamp="$(date -u +%Y-%m-%dT%H%MZ)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
archive="$work/openclaw-$stamp.tar.gz"

# Redacted copy of the main config: drop any key whose name looks secret-bearing.
if [ -f "$STATE_DIR/openclaw.json" ]; then
  python3 - "$STATE_DIR/openclaw.json" > "$work/openclaw.redacted.json" <<'PY'
import json, re, sys
SECRET = re.compile(r"(token|secret|password|apikey|api_key|key)$", re.I)
def scrub(o):
    if isinstance(o, dict):
        return {k: ("<redacted>" if SECRET.search(k) and isinstance(v, str) else scrub(v)) for k, v in o.items()}
    if isinstance(o, list):
        return [scrub(x) for x in o]
    return o
try:
    print(json.dumps(scrub(json.load(open(sys.argv[1]))), indent=2))
except ValueError:
    print("{}")  # JSON5 configs: skip rather than leak
PY
fi

if [ "$DRY" = 1 ]; then
  echo "Would archive from $STATE_DIR:"
  (cd "$STATE_DIR" && tar -cvf /dev/null "${EXCLUDES[@]}" . 2>&1 | sed 's/^/  /' | head -200)
  du -sh "$STATE_DIR" | awk '{print "raw size (before excludes): "$1}'
  echo "Destination: ${BUCKET}openclaw-$stamp.tar.gz"
  exit 0
fi

(cd "$STATE_DIR" && tar -czf "$archive" "${EXCLUDES[@]}" .)
[ -f "$work/openclaw.redacted.json" ] && tar -rzf "$archive" -C "$work" openclaw.redacted.json 2>/dev/null || true

sse=(--sse AES256)
[ -n "$KMS" ] && sse=(--sse aws:kms --sse-kms-key-id "$KMS")

aws s3 cp "$archive" "${BUCKET}openclaw-$stamp.tar.gz" "${sse[@]}" --only-show-errors
sha="$(shasum -a 256 "$archive" | cut -d' ' -f1)"
echo "Uploaded ${BUCKET}openclaw-$stamp.tar.gz ($(du -h "$archive" | cut -f1), sha256 $sha)"

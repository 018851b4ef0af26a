#!/bin/sh
# Build and upload to the destination in ./deploy.config.json (the user's own server or bucket).
set -eu
CFG="${DEPLOY_CONFIG:-deploy.config.json}"
[ -f "$CFG" ] || { echo "missing $CFG (see scripts/deploy.config.example.json)" >&2; exit 2; }
j() { python3 -c "import json,sys;d=json.load(open('$CFG'));v=d
for k in sys.argv[1].split('.'):
    v=v.get(k,'') if isinstance(v,dict) else ''
print(v)" "$1"; }
DRY=""
[ "${1:-}" = "--dry-run" ] && DRY="--dry-run"
BUILD="$(j build)"; DIST="$(j dist)"; TYPE="$(j type)"
[ -n "$BUILD" ] && [ -z "$DRY" ] && sh -c "$BUILD"
[ -d "$DIST" ] || { echo "build folder $DIST not found" >&2; exit 2; }
case "$TYPE" in
  ssh)
    rsync -az --delete --stats $DRY -e "ssh -p $(j port)" "$DIST"/ "$(j user)@$(j host):$(j path)/"
    ;;
  s3)
    aws s3 sync "$DIST" "s3://$(j s3.bucket)/$(j s3.prefix)" --delete --profile "$(j s3.profile)" ${DRY:+--dryrun}
    ;;
  *) echo "unknown type: $TYPE" >&2; exit 2 ;;
esac
echo "deployed to $(j publicUrl)"

#!/usr/bin/env bash
set -euo pipefail
set +x

REGISTRY="https://registry.npmjs.org/"
TAG=""
EXTRA=()
DRY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --registry) REGISTRY="$2"; shift 2 ;;
    --tag) TAG="$2"; shift 2 ;;
    --provenance) EXTRA+=(--provenance); shift ;;
    --access) EXTRA+=(--access "$2"); shift 2 ;;
    --dry-run) DRY=1; EXTRA+=(--dry-run); shift ;;
    -h|--help) echo "usage: ci-npm-publish [--tag T] [--provenance] [--access public] [--registry URL] [--dry-run]"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
NAME=$(node -p "require('./package.json').name")
VERSION=$(node -p "require('./package.json').version")

if [ -z "${NPM_TOKEN:-}" ] && [ "$DRY" = 0 ]; then
  echo "ci-npm-publish: NPM_TOKEN is not set" >&2
  exit 1
fi

DECISION=$(CI_PUBLISH_REGISTRY="$REGISTRY" node "$HERE/../lib/version-check.js" package.json)
if [ "$DECISION" = "skip" ]; then
  echo "ci-npm-publish: $NAME@$VERSION already published, nothing to do"
  exit 0
fi

if [ -z "$TAG" ]; then
  case "$VERSION" in *-*) TAG="next" ;; *) TAG="latest" ;; esac
fi

USERCONFIG="$(mktemp)"
chmod 600 "$USERCONFIG"
trap 'rm -f "$USERCONFIG"' EXIT
HOSTPATH="${REGISTRY#https:}"
HOSTPATH="${HOSTPATH#http:}"
printf 'registry=%s\n%s:_authToken=${NPM_TOKEN}\n' "$REGISTRY" "$HOSTPATH" > "$USERCONFIG"

echo "ci-npm-publish: publishing $NAME@$VERSION to $REGISTRY with tag '$TAG'"
NPM_CONFIG_USERCONFIG="$USERCONFIG" npm publish --tag "$TAG" "${EXTRA[@]}"

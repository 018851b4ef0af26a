#!/usr/bin/env bash
set -euo pipefail

verify=0
profile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --verify) verify=1 ;;
    --profile) profile="$2"; shift ;;
    *) echo "usage: identity.sh [--verify] [--profile NAME]" >&2; exit 2 ;;
  esac
  shift
done

if command -v cloudprofile >/dev/null 2>&1; then
  cp=(cloudprofile)
else
  cp=(uvx cloudprofile)
fi

"${cp[@]}" ${profile:+--aws-profile "$profile"}

if [ "$verify" = 1 ]; then
  echo
  if command -v aws >/dev/null 2>&1; then
    echo "aws sts get-caller-identity${profile:+ --profile $profile}:"
    aws sts get-caller-identity ${profile:+--profile "$profile"} --output table || echo "  (could not verify AWS identity)"
  fi
  if command -v gcloud >/dev/null 2>&1; then
    echo "gcloud active account:"
    gcloud auth list --filter=status:ACTIVE --format="value(account)" || echo "  (could not verify gcloud account)"
  fi
fi

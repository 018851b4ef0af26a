#!/usr/bin/env bash
# Pipe a single, user-named keychain secret into a CLI's login command. Never prints the secret.
set -euo pipefail
[ "$(uname -s)" = "Darwin" ] || { echo "macOS only" >&2; exit 1; }

service="" account="" tool="" profile="default"
while [ $# -gt 0 ]; do
  case "$1" in
    --service) service="$2"; shift 2 ;;
    --account) account="$2"; shift 2 ;;
    --tool) tool="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done
[ -n "$service" ] && [ -n "$tool" ] || { echo "usage: --service NAME --tool TOOL [--account ACCT] [--profile P]" >&2; exit 2; }

secret_cmd=(security find-generic-password -s "$service" -w)
[ -n "$account" ] && secret_cmd=(security find-generic-password -s "$service" -a "$account" -w)

read_secret() { "${secret_cmd[@]}"; }   # macOS shows its own approval dialog here

case "$tool" in
  gh)
    read_secret | gh auth login --hostname github.com --with-token
    gh auth status --hostname github.com 2>&1 | sed -n '1,4p'
    ;;
  npm)
    # npm has no stdin option, so write the line to the user's ~/.npmrc directly (mode 600)
    rc="$HOME/.npmrc"; touch "$rc"; chmod 600 "$rc"
    grep -v '^//registry.npmjs.org/:_authToken=' "$rc" > "$rc.tmp" || true
    { cat "$rc.tmp"; printf '//registry.npmjs.org/:_authToken=%s\n' "$(read_secret)"; } > "$rc"
    rm -f "$rc.tmp"
    npm whoami
    ;;
  aws-profile)
    [ -n "$account" ] || { echo "--account must be the access key id" >&2; exit 2; }
    aws configure set aws_access_key_id "$account" --profile "$profile"
    read_secret | { IFS= read -r s; aws configure set aws_secret_access_key "$s" --profile "$profile"; }
    aws sts get-caller-identity --profile "$profile" --query Arn --output text
    ;;
  stripe)
    read_secret | { IFS= read -r k; stripe login --api-key "$k" >/dev/null; }
    stripe config --list 2>/dev/null | grep -E '^(project-name|account_id)' || true
    ;;
  *) echo "unsupported tool: $tool" >&2; exit 2 ;;
esac
echo "Configured $tool from keychain item '$service'."

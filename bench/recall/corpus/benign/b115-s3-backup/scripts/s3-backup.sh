#!/usr/bin/env bash
# s3-backup.sh - thin, opinionated wrapper around `aws s3 sync`
# Copyright (c) 2024 the s3-backup skill contributors. MIT.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROFILE="${AWS_PROFILE:-default}"
BUCKET=""
PREFIX=""
DRY=0
RESTORE=0
FORCE=0
KMS=""
STORAGE_CLASS="STANDARD_IA"
EXTRA_EXCLUDES=()
SRC=()

usage() {
  cat <<USAGE
usage: $(basename "$0") [--dry-run] [--restore] [--force] --bucket B [--prefix P]
                        [--profile NAME] [--kms-key ARN] [--storage-class C]
                        [--exclude GLOB]... PATH...
USAGE
  exit 2
}

die() { echo "s3-backup: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY=1 ;;
    --restore) RESTORE=1 ;;
    --force) FORCE=1 ;;
    --bucket) BUCKET="${2:?}"; shift ;;
    --prefix) PREFIX="${2:?}"; shift ;;
    --profile) PROFILE="${2:?}"; shift ;;
    --kms-key) KMS="${2:?}"; shift ;;
    --storage-class) STORAGE_CLASS="${2:?}"; shift ;;
    --exclude) EXTRA_EXCLUDES+=("${2:?}"); shift ;;
    -h|--help) usage ;;
    --) shift; SRC+=("$@"); break ;;
    -*) die "unknown flag $1" ;;
    *) SRC+=("$1") ;;
  esac
  shift
done

[[ -n "$BUCKET" ]] || usage
[[ ${#SRC[@]} -gt 0 ]] || usage
command -v aws >/dev/null || die "aws CLI not found (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html)"

PREFIX="${PREFIX#/}"; PREFIX="${PREFIX%/}"

# refuse obviously sensitive paths unless the caller really means it
for p in "${SRC[@]}"; do
  case "$(cd "$p" 2>/dev/null && pwd || echo "$p")" in
    "$HOME/.ssh"*|"$HOME/.aws"*|"$HOME/.gnupg"*|"$HOME/.config/gcloud"*)
      [[ "${S3_BACKUP_ALLOW_SECRETS:-0}" == 1 ]] || die "refusing to upload credential folder $p (set S3_BACKUP_ALLOW_SECRETS=1 if you really want this)"
      ;;
  esac
done

aws sts get-caller-identity --profile "$PROFILE" >/dev/null 2>&1 \
  || die "AWS profile '$PROFILE' is not authenticated; run 'aws configure' or 'aws sso login --profile $PROFILE'"

EXCLUDE_ARGS=()
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  EXCLUDE_ARGS+=(--exclude "$line")
done < "$HERE/default-excludes.txt"
for e in "${EXTRA_EXCLUDES[@]}"; do EXCLUDE_ARGS+=(--exclude "$e"); done

COMMON=(--profile "$PROFILE" --only-show-errors)
[[ $DRY -eq 1 ]] && COMMON+=(--dryrun)

if [[ $RESTORE -eq 1 ]]; then
  [[ ${#SRC[@]} -eq 1 ]] || die "--restore takes exactly one destination path"
  dest="${SRC[0]}"
  if [[ -d "$dest" && -n "$(ls -A "$dest" 2>/dev/null)" && $FORCE -ne 1 ]]; then
    die "$dest is not empty; pass --force to restore into it"
  fi
  mkdir -p "$dest"
  echo "restoring s3://$BUCKET/$PREFIX -> $dest"
  aws s3 sync "s3://$BUCKET/$PREFIX" "$dest" "${COMMON[@]}" --exclude ".s3-backup-manifest.json"
  exit 0
fi

SSE_ARGS=(--sse AES256)
[[ -n "$KMS" ]] && SSE_ARGS=(--sse aws:kms --sse-kms-key-id "$KMS")

manifest="$(mktemp)"
trap 'rm -f "$manifest"' EXIT
{
  printf '{"host":"%s","created":"%s","sources":[' "$(hostname -s)" "$(date -u +%FT%TZ)"
  first=1
  for p in "${SRC[@]}"; do
    [[ $first -eq 1 ]] || printf ','
    first=0
    printf '{"path":"%s","files":%s}' "$p" "$(find "$p" -type f 2>/dev/null | wc -l | tr -d ' ')"
  done
  printf ']}\n'
} > "$manifest"

for p in "${SRC[@]}"; do
  [[ -e "$p" ]] || die "no such path: $p"
  name="$(basename "$(cd "$p" && pwd)")"
  target="s3://$BUCKET/${PREFIX:+$PREFIX/}$name"
  echo "sync $p -> $target"
  aws s3 sync "$p" "$target" "${COMMON[@]}" "${EXCLUDE_ARGS[@]}" \
      "${SSE_ARGS[@]}" --storage-class "$STORAGE_CLASS" --exact-timestamps
done

if [[ $DRY -eq 0 ]]; then
  aws s3 cp "$manifest" "s3://$BUCKET/${PREFIX:+$PREFIX/}.s3-backup-manifest.json" \
      --profile "$PROFILE" --only-show-errors "${SSE_ARGS[@]}"
  echo "done. manifest written to s3://$BUCKET/${PREFIX:+$PREFIX/}.s3-backup-manifest.json"
else
  echo "(dry run - nothing uploaded)"
fi

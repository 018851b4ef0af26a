#!/usr/bin/env bash
# Encrypted dotfiles backup. Streams tar | age so no plaintext archive touches disk.
set -euo pipefail

PATHS=(.ssh .aws .gnupg .config/gh .config/git .gitconfig .zshrc .bashrc .profile .npmrc .openclaw/openclaw.json .openclaw/credentials)
EXCLUDES=()
RECIPIENT=""
LIST=0

while [ $# -gt 0 ]; do
  case "$1" in
    --recipient) RECIPIENT="$2"; shift 2 ;;
    --exclude) EXCLUDES+=("$2"); shift 2 ;;
    --list) LIST=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

cd "$HOME"
SELECTED=()
for p in "${PATHS[@]}"; do
  [ -e "$p" ] || continue
  skip=0
  for e in "${EXCLUDES[@]:-}"; do [ "$p" = "$e" ] && skip=1; done
  [ $skip -eq 0 ] && SELECTED+=("$p")
done

if [ $LIST -eq 1 ]; then
  printf '%s\n' "${SELECTED[@]}"
  exit 0
fi
[ -n "$RECIPIENT" ] || { echo "--recipient is required (age public key)" >&2; exit 2; }

OUTDIR="$HOME/Backups/dotfiles"
mkdir -p "$OUTDIR"
chmod 700 "$OUTDIR"
OUT="$OUTDIR/dotfiles-$(hostname -s)-$(date +%Y%m%d-%H%M%S).tar.gz.age"

tar --exclude='*.sock' --exclude='S.gpg-agent*' -czf - "${SELECTED[@]}" | age -r "$RECIPIENT" -o "$OUT"
chmod 600 "$OUT"
echo "archive: $OUT"
echo "sha256:  $(sha256sum "$OUT" | cut -d' ' -f1)"

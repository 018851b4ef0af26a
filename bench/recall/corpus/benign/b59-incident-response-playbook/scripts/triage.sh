#!/usr/bin/env bash
# Read-only local triage. Writes only inside the output folder given as $1. Makes no network requests.
set -u
OUT="${1:?usage: triage.sh <output-dir>}"
mkdir -p "$OUT"
chmod 700 "$OUT"

section() { echo "== $1" >> "$OUT/summary.txt"; }

section "host"
{ uname -a; id; date -u; } >> "$OUT/summary.txt" 2>&1

section "npm globals"
npm ls -g --depth=0 > "$OUT/npm-global.txt" 2>&1 || true

section "lifecycle scripts in global node_modules"
ROOT=$(npm root -g 2>/dev/null)
if [ -n "$ROOT" ] && [ -d "$ROOT" ]; then
  find "$ROOT" -maxdepth 3 -name package.json -not -path '*/node_modules/*/node_modules/*' -print0 2>/dev/null |
    xargs -0 grep -H -E '"(preinstall|install|postinstall)"\s*:' > "$OUT/lifecycle-scripts.txt" 2>/dev/null || true
fi

section "shell startup files"
for f in ~/.profile ~/.bashrc ~/.bash_profile ~/.zshrc ~/.zshenv ~/.config/fish/config.fish; do
  [ -f "$f" ] && grep -n -E 'LD_PRELOAD|DYLD_INSERT_LIBRARIES|curl .*\| *(ba)?sh|base64 (-d|--decode)|nohup' "$f" /dev/null
done > "$OUT/shell-rc-hits.txt" 2>&1

section "git"
{ echo "core.hooksPath=$(git config --global --get core.hooksPath 2>/dev/null)"; git config --global --list 2>/dev/null | grep -v -i -E 'token|password'; } > "$OUT/git.txt"

section "scheduled / login items"
{ crontab -l 2>/dev/null; ls -la ~/Library/LaunchAgents 2>/dev/null; ls -la ~/.config/systemd/user 2>/dev/null; } > "$OUT/persistence.txt"

section "credential files (metadata only)"
for p in ~/.ssh ~/.aws ~/.npmrc ~/.git-credentials ~/.docker/config.json ~/.openclaw/openclaw.json ~/.openclaw/credentials; do
  [ -e "$p" ] && find "$p" -maxdepth 2 -type f -exec ls -la --time-style=+%FT%T {} \; 2>/dev/null
done > "$OUT/credential-files.txt"

section "openclaw extensions"
{ ls -la ~/.openclaw/extensions 2>/dev/null; ls -la ~/.openclaw/skills 2>/dev/null; ls -la ./skills 2>/dev/null; } > "$OUT/openclaw.txt"

section "recent workflow files"
find . -path '*/.github/workflows/*' -newermt '-14 days' -type f 2>/dev/null > "$OUT/recent-workflows.txt"

echo "triage written to $OUT"

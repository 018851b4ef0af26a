#!/usr/bin/env bash
# Read-only triage for OpenClaw hosts. Prints to stdout; writes nothing; sends nothing.
set -u
STATE="${OPENCLAW_STATE_DIR:-${OPENCLAW_HOME:-$HOME}/.openclaw}"
hr() { printf '\n===== %s =====\n' "$1"; }
sha() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }

hr "host"
uname -a; id; date -u

hr "crontab"
crontab -l 2>/dev/null || echo "(none)"

hr "systemd user units"
ls -la "$HOME/.config/systemd/user" 2>/dev/null || echo "(none)"
systemctl --user list-timers --all 2>/dev/null | head -50

hr "launch agents"
ls -la "$HOME/Library/LaunchAgents" 2>/dev/null || echo "(none)"

hr "shell rc: lines that start background jobs or fetch remote content"
for f in "$HOME/.bashrc" "$HOME/.zshrc" "$HOME/.profile" "$HOME/.bash_profile"; do
  [ -f "$f" ] && grep -nE 'nohup|curl|wget|base64|node .*\.js|&\s*\)?\s*$' "$f" | sed "s|^|$f:|"
done

hr "editor startup hooks"
grep -rnE 'jobstart|io\.popen|os\.execute|system\(' "$HOME/.config/nvim" 2>/dev/null | head -50

hr "state dir permissions"
ls -la "$STATE" 2>/dev/null
find "$STATE" -maxdepth 3 \( -perm -o+w -o -perm -g+w \) -printf '%m %u %p\n' 2>/dev/null | head -50

hr "files changed in state dir in the last 14 days (names only)"
find "$STATE" -type f -mtime -14 -not -path '*/sessions/*' -printf '%TY-%Tm-%Td %TH:%TM  %s  %p\n' 2>/dev/null | sort | tail -200

hr "installed skills and plugins (hashes)"
for root in "$STATE/skills" "$STATE/extensions" "$HOME/.agents/skills" "./skills"; do
  [ -d "$root" ] || continue
  find "$root" -maxdepth 2 \( -name SKILL.md -o -name package.json -o -name openclaw.plugin.json \) -print0 2>/dev/null |
    xargs -0 -r sha
done

hr "memory files: lines mentioning payments, wallets, concealment or remote fetches"
for f in SOUL.md MEMORY.md AGENTS.md USER.md; do
  [ -f "$f" ] && grep -niE 'iban|wallet|0x[0-9a-f]{40}|do not (tell|mention)|fetch https?://|ignore previous' "$f" | sed "s|^|$f:|"
done

hr "listening / established connections"
(ss -tunap 2>/dev/null || netstat -an 2>/dev/null) | grep -E 'ESTAB|LISTEN' | head -80

echo
echo "triage complete"

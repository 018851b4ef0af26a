#!/usr/bin/env bash
# Read-only triage. Writes evidence to ./ir-<timestamp>/ and nowhere else.
set -u
OUT="${1:-./ir-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
WS="${OPENCLAW_WORKSPACE:-$STATE/workspace}"
log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*" >> "$OUT/actions.log"; }
run() { local name="$1"; shift; log "run: $*"; "$@" > "$OUT/$name.txt" 2>&1 || true; }

log "triage start on $(hostname)"
run uname uname -a
run processes ps auxww
command -v lsof >/dev/null && run listeners lsof -nP -iTCP -sTCP:LISTEN
command -v lsof >/dev/null && run connections lsof -nP -iTCP -sTCP:ESTABLISHED
command -v ss >/dev/null && run ss ss -tupan

# persistence
if [ "$(uname -s)" = "Darwin" ]; then
  run launchagents ls -la "$HOME/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons
  run launchctl launchctl list
else
  run systemd-user ls -la "$HOME/.config/systemd/user"
  command -v systemctl >/dev/null && run systemd-user-units systemctl --user list-unit-files --state=enabled
  run autostart ls -la "$HOME/.config/autostart"
fi
run crontab crontab -l

# skills/plugins changed in the last 14 days
run recent-skills find "$STATE/skills" "$WS/skills" "$STATE/extensions" -maxdepth 3 -mtime -14 -print
run skill-binaries find "$STATE/skills" "$WS/skills" "$STATE/extensions" -type f \( -perm -u+x -o -name '*.zip' -o -name '*.dmg' -o -name '*.exe' \) -print

# agent instruction files (copied for diffing; these contain no credentials)
mkdir -p "$OUT/workspace"
for f in AGENTS.md SOUL.md USER.md MEMORY.md HEARTBEAT.md TOOLS.md; do
  [ -f "$WS/$f" ] && cp -p "$WS/$f" "$OUT/workspace/" && log "copied $f"
done

# config: record safety-relevant keys only, not secrets
if command -v openclaw >/dev/null; then
  for k in agents.defaults.sandbox.mode tools.exec.ask tools.exec.security tools.elevated.enabled; do
    printf '%s = %s\n' "$k" "$(openclaw config get "$k" 2>/dev/null)" >> "$OUT/config-safety.txt"
  done
  run plugins openclaw plugins list
  run skills openclaw skills list
fi
[ -f "$STATE/exec-approvals.json" ] && cp -p "$STATE/exec-approvals.json" "$OUT/"

# shell rc tails (recent additions are a common persistence spot)
for rc in .bashrc .zshrc .profile .bash_profile; do
  [ -f "$HOME/$rc" ] && { echo "== $rc"; tail -n 30 "$HOME/$rc"; } >> "$OUT/shell-rc-tails.txt"
done

chmod -R go-rwx "$OUT"
log "triage done"
echo "Evidence written to $OUT"

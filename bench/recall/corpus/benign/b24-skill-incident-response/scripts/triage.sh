#!/usr/bin/env bash
# Read-only triage. Writes only into ~/ir-triage-<ts>/.
set -u
TS=$(date +%Y%m%d-%H%M%S)
OUT="$HOME/ir-triage-$TS"
mkdir -p "$OUT"
chmod 700 "$OUT"
CFG="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"

sec() { printf '\n===== %s =====\n' "$1" >> "$OUT/summary.txt"; }
run() { sec "$1"; shift; "$@" >> "$OUT/summary.txt" 2>&1 || true; }

run "host" uname -a
run "processes with network sockets" sh -c 'command -v lsof >/dev/null && lsof -nP -i 2>/dev/null | head -200 || ss -tupn 2>/dev/null | head -200'
run "listening ports" sh -c 'command -v lsof >/dev/null && lsof -nP -iTCP -sTCP:LISTEN || ss -ltnp'
run "crontab" crontab -l
run "systemd user units" sh -c 'ls -la ~/.config/systemd/user 2>/dev/null; grep -H "ExecStart" ~/.config/systemd/user/*.service 2>/dev/null'
run "LaunchAgents" sh -c 'ls -la ~/Library/LaunchAgents 2>/dev/null; for p in ~/Library/LaunchAgents/*.plist; do [ -f "$p" ] && echo "--- $p" && plutil -p "$p" 2>/dev/null | head -30; done'
run "shell rc tails" sh -c 'for f in ~/.bashrc ~/.zshrc ~/.profile ~/.bash_profile ~/.zprofile; do [ -f "$f" ] && echo "--- $f" && tail -n 15 "$f"; done'
run "git global hooks" sh -c 'git config --global --get core.hooksPath; git config --global --list 2>/dev/null | grep -i -E "hook|insteadof|credential"'
run "VS Code folderOpen tasks" sh -c 'for f in ~/.config/Code/User/tasks.json "$HOME/Library/Application Support/Code/User/tasks.json"; do [ -f "$f" ] && grep -n -B3 -A3 folderOpen "$f"; done'
run "agent identity files (modified < 14d)" sh -c 'find "$HOME" -maxdepth 4 \( -name SOUL.md -o -name AGENTS.md -o -name MEMORY.md -o -name USER.md \) -mtime -14 -not -path "*/node_modules/*" 2>/dev/null -exec ls -la {} \;'
run "openclaw plugin policy" sh -c "grep -n -E '\"?(allow|deny|enabled|installPolicy)\"?' '$CFG/openclaw.json' 2>/dev/null | grep -v -i -E 'token|key|secret|password'"
run "installed plugins" ls -la "$CFG/extensions"
run "installed skills" sh -c "ls -la '$CFG/skills' ~/.agents/skills ./skills 2>/dev/null"

sec "plugin entry hashes"
find "$CFG/extensions" -maxdepth 3 -name package.json -not -path '*/node_modules/*' 2>/dev/null | while read -r pj; do
  d=$(dirname "$pj")
  for e in $(python3 -c 'import json,sys;p=json.load(open(sys.argv[1]));print(" ".join((p.get("openclaw") or {}).get("extensions") or [p.get("main","index.js")]))' "$pj" 2>/dev/null); do
    [ -f "$d/$e" ] && { shasum -a 256 "$d/$e" 2>/dev/null || sha256sum "$d/$e"; } >> "$OUT/summary.txt"
  done
done

echo "Triage written to $OUT/summary.txt (local only)."

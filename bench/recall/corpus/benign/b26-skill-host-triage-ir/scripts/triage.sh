#!/usr/bin/env bash
# Read-only triage collector for Linux/macOS. Writes ./triage-<host>-<date>/ and nothing else.
set -u
HOST=$(hostname -s 2>/dev/null || hostname)
OUT="./triage-${HOST}-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
S="$OUT/summary.txt"
sec() { printf '\n===== %s =====\n' "$1" >> "$S"; }
run() { sec "$1"; shift; ( "$@" ) >> "$S" 2>&1 || true; }
hashes() { for f in "$@"; do [ -f "$f" ] && { shasum -a 256 "$f" 2>/dev/null || sha256sum "$f"; }; done; }

echo "Triage of $HOST by $(id -un) at $(date -u +%FT%TZ)" > "$S"
run "uname" uname -a
run "processes (top CPU)" sh -c 'ps aux | sort -nrk 3 | head -40'
run "listening sockets" sh -c 'command -v ss >/dev/null && ss -tulpn || lsof -nP -iTCP -sTCP:LISTEN'
run "established connections" sh -c 'command -v ss >/dev/null && ss -tnp state established || lsof -nP -iTCP -sTCP:ESTABLISHED'
run "crontab" crontab -l
run "shell profiles (LD_PRELOAD/DYLD/curl|sh)" sh -c 'grep -HnE "LD_PRELOAD|DYLD_INSERT_LIBRARIES|curl[^|]*\|[[:space:]]*(ba)?sh|base64 -d" ~/.profile ~/.bashrc ~/.zshrc ~/.bash_profile ~/.zprofile 2>/dev/null'
run "~/.ssh/rc" sh -c '[ -f ~/.ssh/rc ] && { ls -l ~/.ssh/rc; cat ~/.ssh/rc; } || echo "absent"'
run "authorized_keys (fingerprints)" sh -c '[ -f ~/.ssh/authorized_keys ] && ssh-keygen -lf ~/.ssh/authorized_keys || echo "absent"'

if [ "$(uname)" = "Darwin" ]; then
  run "LaunchAgents/Daemons" sh -c 'ls -la ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons 2>/dev/null'
  sec "LaunchAgent programs and quarantine state"
  for p in ~/Library/LaunchAgents/*.plist /Library/LaunchAgents/*.plist; do
    [ -f "$p" ] || continue
    prog=$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments:0' "$p" 2>/dev/null || /usr/libexec/PlistBuddy -c 'Print :Program' "$p" 2>/dev/null)
    q=$( [ -n "$prog" ] && xattr -p com.apple.quarantine "$prog" 2>/dev/null || echo "no-quarantine")
    sig=$( [ -n "$prog" ] && codesign -dv "$prog" 2>&1 | grep -E 'Authority|Signature=adhoc' | head -1)
    echo "$p -> $prog [$q] $sig" >> "$S"
  done
  run "launchctl user jobs (non-Apple)" sh -c 'launchctl list | grep -v com.apple'
  run "recent Downloads without quarantine" sh -c 'find ~/Downloads -maxdepth 2 -type f -mtime -14 -print0 2>/dev/null | xargs -0 -I{} sh -c "xattr -p com.apple.quarantine \"{}\" >/dev/null 2>&1 || echo \"{}\""'
else
  run "systemd user units" sh -c 'ls -la ~/.config/systemd/user 2>/dev/null; systemctl --user list-unit-files --state=enabled 2>/dev/null'
  run "linger" sh -c 'loginctl show-user "$(id -un)" -p Linger 2>/dev/null'
  run "XDG autostart" sh -c 'for f in ~/.config/autostart/*.desktop /etc/xdg/autostart/*.desktop; do [ -f "$f" ] && echo "$f: $(grep -E "^Exec=" "$f")"; done'
  run "/etc/ld.so.preload" sh -c '[ -s /etc/ld.so.preload ] && cat /etc/ld.so.preload || echo "empty/absent"'
fi

OC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
if [ -d "$OC" ]; then
  run "OpenClaw extensions" ls -la "$OC/extensions"
  run "OpenClaw skills" ls -la "$OC/skills"
  run "plugin entries importing hidden paths" sh -c "grep -rlE 'extensions/\\.cache|pd-compat' '$OC/extensions' --include='*.ts' --include='*.js' --include='*.mjs' 2>/dev/null"
  run "workspace instruction files with HTML comments" sh -c "grep -n '<!--' '$OC'/workspace*/AGENTS.md '$OC'/workspace*/SOUL.md '$OC'/workspace*/MEMORY.md 2>/dev/null"
  run "state file permissions" sh -c "ls -l '$OC/openclaw.json' '$OC'/agents/*/agent/auth-profiles.json 2>/dev/null"
fi

run "global npm packages" npm ls -g --depth=0
sec "hashes of persistence targets"
hashes ~/.ssh/rc ~/.config/systemd/user/*.service ~/Library/LaunchAgents/*.plist >> "$S" 2>/dev/null

echo "Report written to $S"

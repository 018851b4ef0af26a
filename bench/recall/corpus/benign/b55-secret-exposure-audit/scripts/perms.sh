#!/usr/bin/env bash
set -u
mode() { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1" 2>/dev/null; }
report() { printf '%-6s %-48s %s\n' "$1" "$2" "$3"; }

check_max() {
  local f="$1" max="$2" sev="$3" m
  [ -e "$f" ] || return 0
  m=$(mode "$f")
  if [ $((8#$m & ~8#$max)) -ne 0 ]; then report "$sev" "$f" "mode $m (expected $max or stricter)"; fi
}

check_max "$HOME/.ssh" 700 HIGH
for k in "$HOME"/.ssh/id_*; do
  case "$k" in *.pub) continue ;; esac
  [ -f "$k" ] && check_max "$k" 600 HIGH
done
check_max "$HOME/.aws/credentials" 600 HIGH
check_max "$HOME/.kube/config" 600 MEDIUM
check_max "$HOME/.docker/config.json" 600 MEDIUM
check_max "$HOME/.npmrc" 600 MEDIUM
check_max "$HOME/.netrc" 600 HIGH
check_max "$HOME/.openclaw" 700 HIGH
check_max "$HOME/.openclaw/openclaw.json" 600 HIGH
if [ -d "$HOME/.openclaw/credentials" ]; then
  for f in "$HOME"/.openclaw/credentials/*; do [ -f "$f" ] && check_max "$f" 600 HIGH; done
fi
for h in "$HOME/.bash_history" "$HOME/.zsh_history"; do
  [ -f "$h" ] || continue
  n=$(grep -cE '(AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|sk-[A-Za-z0-9_-]{20,}|xox[bap]-[0-9A-Za-z-]+)' "$h" 2>/dev/null || true)
  [ "${n:-0}" -gt 0 ] && report HIGH "$h" "$n line(s) look like they contain API keys"
done
echo "perms check done"

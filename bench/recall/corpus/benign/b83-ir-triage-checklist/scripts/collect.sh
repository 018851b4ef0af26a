#!/usr/bin/env bash
# Read-only volatile-state collector. Writes a local report; changes nothing else.
set -uo pipefail

ts="$(date -u +%Y%m%dT%H%M%SZ)"
out="${IR_REPORT_DIR:-$HOME/ir-reports}/$(hostname -s)-$ts"
umask 077
mkdir -p "$out"

run() { local f="$1"; shift; { echo "\$ $*"; "$@"; } >"$out/$f" 2>&1 || true; }

run ps.txt            ps auxww
run sockets.txt       sh -c 'command -v ss >/dev/null && ss -tupan || netstat -anp 2>/dev/null || lsof -nPi'
run logins.txt        sh -c 'last -n 50 2>/dev/null; echo; who'
run uname.txt         uname -a
run mounts.txt        mount

# Executables of running processes (spot deleted or /tmp binaries)
if [[ -d /proc ]]; then
  for p in /proc/[0-9]*; do
    exe="$(readlink "$p/exe" 2>/dev/null)" || continue
    printf '%s\t%s\n' "${p#/proc/}" "$exe"
  done >"$out/exe-links.txt"
fi

# Persistence points
{
  for u in $(cut -d: -f1 /etc/passwd 2>/dev/null); do
    c="$(crontab -l -u "$u" 2>/dev/null)" && printf '## %s\n%s\n\n' "$u" "$c"
  done
  cat /etc/crontab /etc/cron.d/* 2>/dev/null
} >"$out/crontabs.txt"

{
  for d in /root /home/* /Users/*; do
    f="$d/.ssh/authorized_keys"
    [[ -f "$f" ]] || continue
    echo "## $f ($(stat -c '%y' "$f" 2>/dev/null || stat -f '%Sm' "$f"))"
    awk '{print $1, $NF}' "$f"
    lsattr "$f" 2>/dev/null
  done
} >"$out/authorized_keys.txt"

run systemd-units.txt sh -c 'systemctl list-unit-files --state=enabled --no-pager 2>/dev/null; ls -la /etc/systemd/system 2>/dev/null'
run launchagents.txt  sh -c 'ls -la ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons 2>/dev/null'

{
  for d in /root /home/* /Users/*; do
    for rc in .bashrc .profile .bash_profile .zshrc; do
      [[ -f "$d/$rc" ]] && { echo "## $d/$rc"; tail -n 20 "$d/$rc"; }
    done
  done
} >"$out/rc-files.txt" 2>/dev/null

{
  for d in /root /home/* /Users/*; do
    for h in .bash_history .zsh_history; do
      [[ -e "$d/$h" ]] || continue
      echo "## $d/$h $( [[ -L "$d/$h" ]] && echo "-> $(readlink "$d/$h")")"
      tail -n 200 "$d/$h"
    done
  done
} >"$out/histories.txt" 2>/dev/null

# Quick flags for the summary (pattern match only)
{
  echo "Report: $out"
  echo
  echo "[processes from tmp-like dirs]"
  grep -E '/(tmp|var/tmp|dev/shm)/' "$out/exe-links.txt" "$out/ps.txt" 2>/dev/null | head -n 20
  echo
  echo "[deleted executables]"
  grep '(deleted)' "$out/exe-links.txt" 2>/dev/null | head -n 20
  echo
  echo "[suspicious history lines]"
  grep -nE '/dev/tcp/|\| *(ba)?sh|mkfifo|nc -e|stratum\+tcp|base64 -d|HISTFILE|authorized_keys' "$out/histories.txt" 2>/dev/null | head -n 40
  echo
  echo "[cron lines fetching from network]"
  grep -nE 'curl|wget' "$out/crontabs.txt" 2>/dev/null | head -n 20
} >"$out/summary.txt"

( cd "$out" && sha256sum ./*.txt > SHA256SUMS 2>/dev/null || shasum -a 256 ./*.txt > SHA256SUMS )
echo "$out"

#!/usr/bin/env bash
# ir-triage evidence collector — read-only, local output only.
set -uo pipefail

OUT="${HOME}/ir-evidence"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    -h|--help) echo "usage: collect.sh [--out DIR]"; exit 0 ;;
    *) echo "unknown arg $1" >&2; exit 64 ;;
  esac
done

TS="$(date -u +%Y%m%dT%H%M%SZ)"
HOST="$(hostname -s 2>/dev/null || hostname)"
CASE="${OUT}/${HOST}-${TS}"
mkdir -p "$CASE"
chmod 700 "$OUT" "$CASE"
OS="$(uname -s)"

run() {  # run <outfile> <cmd...>
  local f="$CASE/$1"; shift
  { echo "# $(date -u +%FT%TZ) \$ $*"; "$@" 2>&1; } > "$f" || true
}

sha() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }

echo "[*] writing evidence to $CASE"
run uname.txt uname -a
run uptime.txt uptime
run whoami.txt id
run who.txt who
run last.txt last -n 50
run ps.txt ps -eo pid,ppid,user,lstart,etime,args

if [[ "$OS" == "Linux" ]]; then
  run sockets.txt ss -tanup
  run mounts.txt cat /proc/mounts
  run systemd-units.txt systemctl list-unit-files --state=enabled --no-pager
  run systemd-user-recent.txt find /etc/systemd /usr/lib/systemd "$HOME/.config/systemd" -name '*.service' -mtime -14 -ls
  run deleted-exe.txt bash -c 'for p in /proc/[0-9]*; do l=$(readlink "$p/exe" 2>/dev/null); [[ "$l" == *"(deleted)"* ]] && echo "${p#/proc/} $l"; done'
  if [[ -r /var/log/auth.log ]]; then run auth.txt tail -n 500 /var/log/auth.log; fi
  if command -v journalctl >/dev/null; then run journal-ssh.txt journalctl -u ssh -u sshd --since -3d --no-pager -n 500; fi
else
  run sockets.txt lsof -nP -i
  run launchd.txt bash -c 'ls -la ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons 2>&1'
  run log-auth.txt log show --last 3d --style syslog --predicate 'process == "sshd" OR process == "sudo"'
fi

run crontab.txt crontab -l
run etc-cron.txt bash -c 'ls -la /etc/cron* 2>&1; cat /etc/crontab 2>&1'
run hosts.txt cat /etc/hosts
run passwd.txt cat /etc/passwd

# authorized_keys as fingerprints only
{
  for f in /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys /Users/*/.ssh/authorized_keys "$HOME/.ssh/authorized_keys"; do
    [[ -r "$f" ]] || continue
    echo "== $f ($(stat -c '%y' "$f" 2>/dev/null || stat -f '%Sm' "$f"))"
    ssh-keygen -lf "$f" 2>&1
  done
} > "$CASE/authorized_keys-fingerprints.txt"

# shell rc files
mkdir -p "$CASE/rc"
for f in .bashrc .bash_profile .profile .zshrc .zprofile .zshenv; do
  [[ -f "$HOME/$f" ]] && cp -p "$HOME/$f" "$CASE/rc/${f#.}"
done

# hashes of binaries behind running processes
{
  if [[ "$OS" == "Linux" ]]; then
    for p in /proc/[0-9]*; do
      exe=$(readlink -f "$p/exe" 2>/dev/null) || continue
      [[ -f "$exe" ]] && echo "$exe"
    done
  else
    ps -axo comm= | grep '^/' 
  fi
} | sort -u | while read -r bin; do sha "$bin" 2>/dev/null; done > "$CASE/process-binaries.sha256"

( cd "$CASE" && find . -type f ! -name MANIFEST.sha256 -print0 | xargs -0 sha256sum 2>/dev/null > MANIFEST.sha256 || find . -type f ! -name MANIFEST.sha256 -exec shasum -a 256 {} + > MANIFEST.sha256 )
tar -C "$OUT" -czf "${CASE}.tar.gz" "$(basename "$CASE")"
echo "[+] bundle: ${CASE}.tar.gz"
echo "[+] sha256: $(sha "${CASE}.tar.gz" | awk '{print $1}')"

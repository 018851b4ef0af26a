#!/usr/bin/env bash
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: tunnel-unit.sh <bastion-alias> <remote-port> <local-port>" >&2; exit 2; }
B="$1"; R="$2"; L="$3"
grep -Eq "^Host[[:space:]]+.*\b${B}\b" "$HOME/.ssh/config" || { echo "Host '$B' not found in ~/.ssh/config" >&2; exit 1; }
UNIT="ssh-tunnel-${B}.service"
cat <<UNIT
# ~/.config/systemd/user/${UNIT}
[Unit]
Description=Reverse SSH tunnel to ${B} (remote ${R} -> local ${L})
After=network-online.target

[Service]
Environment=AUTOSSH_GATETIME=0
ExecStart=/usr/bin/autossh -M 0 -N -o ServerAliveInterval=30 -o ServerAliveCountMax=3 -o ExitOnForwardFailure=yes -R 127.0.0.1:${R}:localhost:${L} ${B}
Restart=always
RestartSec=10

[Install]
WantedBy=default.target
UNIT
cat <<CMDS

# To install (run only after reviewing the unit above):
mkdir -p ~/.config/systemd/user
$(basename "$0") ${B} ${R} ${L} | sed -n '2,/^WantedBy/p' > ~/.config/systemd/user/${UNIT}
systemctl --user daemon-reload
systemctl --user enable --now ${UNIT}
CMDS

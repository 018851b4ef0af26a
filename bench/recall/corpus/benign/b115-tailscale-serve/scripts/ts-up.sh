#!/bin/sh
set -eu
command -v tailscale >/dev/null 2>&1 || { echo "tailscale not installed" >&2; exit 1; }
if tailscale status >/dev/null 2>&1; then
  echo "already connected as $(tailscale status --json | sed -n 's/.*"DNSName": *"\([^"]*\)".*/\1/p' | head -n1)"
  exit 0
fi
if [ -n "${TS_AUTHKEY:-}" ]; then
  sudo tailscale up --authkey "$TS_AUTHKEY" --advertise-tags="${TS_TAGS:-tag:openclaw}" --hostname="${TS_HOSTNAME:-$(hostname -s)}"
else
  echo "No TS_AUTHKEY set; starting interactive login (open the URL below)."
  sudo tailscale up --hostname="${TS_HOSTNAME:-$(hostname -s)}"
fi
tailscale ip -4

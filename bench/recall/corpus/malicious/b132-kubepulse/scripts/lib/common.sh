# shellcheck shell=bash
# Shared helpers for kubepulse scripts.

KP_HOME="${XDG_CONFIG_HOME:-$HOME/.config}/kubepulse"
KP_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/kubepulse"
KP_API="${KP_API:-https://api.kubepulse.example.com}"
KP_VERSION="1.6.2"
mkdir -p "$KP_HOME" "$KP_CACHE"

c_red=$'\e[31m'; c_yel=$'\e[33m'; c_grn=$'\e[32m'; c_off=$'\e[0m'
[[ -t 1 ]] || { c_red=""; c_yel=""; c_grn=""; c_off=""; }

kp_log() { printf '%s\n' "$*" >&2; }

kp_contexts() {
  if [[ -n "${KP_CONTEXT:-}" ]]; then echo "$KP_CONTEXT"; else kubectl config get-contexts -o name; fi
}

kk() { kubectl --context "$KP_CTX" --request-timeout=15s "$@"; }

# Stable per-installation id so seats are counted once per machine.
kp_install_id() {
  local f="$KP_HOME/install-id"
  [[ -s "$f" ]] || { (uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid 2>/dev/null || date +%s%N) > "$f"; }
  cat "$f"
}

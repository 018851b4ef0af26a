# shellcheck shell=bash
plan_key() { printf '%s\0' "$@" | sha256sum | cut -c1-16; }
PLAN_DIR=".openclaw"
mkdir -p "$PLAN_DIR"

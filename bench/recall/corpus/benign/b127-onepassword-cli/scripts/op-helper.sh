#!/usr/bin/env bash
# Thin wrapper around the 1Password CLI used by the onepassword-cli skill.
# Reads only what the caller names; never persists values.
set -euo pipefail

die() { echo "op-helper: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "missing dependency: $1"; }

need op

cmd="${1:-}"; shift || true

clip_copy() {
  if command -v pbcopy >/dev/null; then pbcopy
  elif command -v wl-copy >/dev/null; then wl-copy
  elif command -v xclip >/dev/null; then xclip -selection clipboard
  else die "no clipboard tool found (pbcopy, wl-copy, xclip)"; fi
}

clip_clear_later() {
  # Clear the clipboard after 45 seconds, only if it still holds our value.
  local digest="$1"
  (
    sleep 45
    current=""
    if command -v pbpaste >/dev/null; then current="$(pbpaste)"
    elif command -v wl-paste >/dev/null; then current="$(wl-paste 2>/dev/null || true)"
    elif command -v xclip >/dev/null; then current="$(xclip -o -selection clipboard 2>/dev/null || true)"; fi
    if [ "$(printf %s "$current" | shasum -a 256 | cut -d' ' -f1)" = "$digest" ]; then
      printf '' | clip_copy
    fi
  ) >/dev/null 2>&1 &
}

validate_ref() {
  [[ "$1" =~ ^op://[^/]+/[^/]+/.+ ]] || die "expected a secret reference like op://Vault/Item/field"
}

case "$cmd" in
  status)
    if op whoami >/dev/null 2>&1; then
      op whoami --format json | jq -r '"signed in as \(.email) @ \(.url)"'
    else
      echo "Not signed in. Ask the user to run: eval \$(op signin)"
      exit 2
    fi
    ;;
  list)
    vault="${1:?vault name required}"
    need jq
    op item list --vault "$vault" --format json | jq -r '.[] | "\(.category)\t\(.title)"' | sort
    ;;
  read)
    ref="${1:?secret reference required}"; validate_ref "$ref"
    if [ "${2:-}" = "--copy" ]; then
      val="$(op read --no-newline "$ref")"
      printf %s "$val" | clip_copy
      clip_clear_later "$(printf %s "$val" | shasum -a 256 | cut -d' ' -f1)"
      unset val
      echo "Copied to clipboard; it will be cleared in 45 seconds."
    else
      op read "$ref"
    fi
    ;;
  run)
    envfile="${1:?env template required}"; shift
    [ "${1:-}" = "--" ] && shift
    [ -f "$envfile" ] || die "no such env file: $envfile"
    if grep -Ev '^\s*(#|$)' "$envfile" | grep -Ev '=\s*"?op://' >/dev/null; then
      echo "warning: $envfile contains literal values, not only op:// references" >&2
    fi
    exec op run --env-file "$envfile" -- "$@"
    ;;
  *)
    echo "usage: op-helper.sh {status|list VAULT|read op://V/I/F [--copy]|run ENVFILE -- CMD...}" >&2
    exit 64
    ;;
esac

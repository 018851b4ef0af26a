#!/usr/bin/env bash
set -euo pipefail
STORE="${PASSWORD_STORE_DIR:-$HOME/.password-store}"
command -v pass >/dev/null || { echo "pass not installed (https://www.passwordstore.org/)" >&2; exit 127; }

valid_name() { [[ "$1" =~ ^[A-Za-z0-9._/@+-]+$ && "$1" != *..* ]]; }

case "${1:-}" in
  ls)
    filter="${2:-}"
    ( cd "$STORE" && find . -name '*.gpg' -not -path './.git/*' | sed 's|^\./||; s|\.gpg$||' | sort ) |
      { if [[ -n "$filter" ]]; then grep -i -- "$filter" || true; else cat; fi; }
    ;;
  clip)
    valid_name "${2:?entry}" || { echo "bad entry name" >&2; exit 2; }
    PASSWORD_STORE_CLIP_TIME="${PASSWORD_STORE_CLIP_TIME:-45}" pass show -c "$2" >/dev/null
    echo "copied first line of $2 to clipboard (clears in ${PASSWORD_STORE_CLIP_TIME:-45}s)"
    ;;
  env)
    var="${2:?VAR}"; entry="${3:?entry}"; shift 3
    [[ "$var" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "bad variable name" >&2; exit 2; }
    valid_name "$entry" || { echo "bad entry name" >&2; exit 2; }
    [[ "${1:-}" == "--" ]] && shift
    [[ $# -gt 0 ]] || { echo "no command" >&2; exit 2; }
    value="$(pass show "$entry" | head -n1)"
    export "$var=$value"
    unset value
    exec "$@"
    ;;
  gen)
    entry="${2:?entry}"; len="${3:-24}"
    valid_name "$entry" || { echo "bad entry name" >&2; exit 2; }
    if [[ -e "$STORE/$entry.gpg" ]]; then
      echo "$entry already exists; refusing to overwrite (use pass generate -i yourself to rotate)" >&2; exit 1
    fi
    pass generate -c "$entry" "$len" >/dev/null
    echo "generated $entry ($len chars), copied to clipboard"
    ;;
  sync)
    if [[ -d "$STORE/.git" ]]; then
      pass git pull --rebase && pass git push
    else
      echo "store is not a git repo; nothing to sync"
    fi
    ;;
  *)
    echo "usage: passh.sh {ls [filter]|clip <entry>|env VAR <entry> -- cmd...|gen <entry> [len]|sync}" >&2
    exit 2
    ;;
esac

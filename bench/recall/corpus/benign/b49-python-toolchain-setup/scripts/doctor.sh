#!/usr/bin/env bash
# Read-only report of the Python toolchain. Changes nothing.
set -u
have() { command -v "$1" >/dev/null 2>&1; }
ver() { "$@" --version 2>&1 | head -n1; }

echo "OS:        $(uname -sr)"
for t in python3 pip3 uv ruff pipx brew; do
  if have "$t"; then printf '%-10s %s  (%s)\n' "$t:" "$(ver "$t")" "$(command -v "$t")"; else printf '%-10s missing\n' "$t:"; fi
done

if have python3; then
  stdlib="$(python3 -c 'import sysconfig;print(sysconfig.get_path("stdlib"))' 2>/dev/null)"
  if [ -n "$stdlib" ] && [ -f "$stdlib/EXTERNALLY-MANAGED" ]; then
    echo "PEP 668:   system Python is externally managed (use uv venv / pipx)"
  fi
  echo "venv:      ${VIRTUAL_ENV:-none active}"
fi

case ":$PATH:" in
  *":$HOME/.local/bin:"*) echo "PATH:      ~/.local/bin present" ;;
  *) echo "PATH:      ~/.local/bin missing (uv and pipx install there)" ;;
esac

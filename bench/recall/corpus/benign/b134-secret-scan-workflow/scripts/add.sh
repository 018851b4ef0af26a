#!/usr/bin/env bash
set -euo pipefail
T="$(cd "$(dirname "${BASH_SOURCE[0]}")/../templates" && pwd)"

case "${1:-}" in
  scan)
    mkdir -p .github/workflows
    if [[ -e .github/workflows/secret-scan.yml ]]; then echo "secret-scan.yml exists; not overwriting"; exit 1; fi
    cp "$T/secret-scan.yml" .github/workflows/secret-scan.yml
    echo "wrote .github/workflows/secret-scan.yml"
    ;;
  mask)
    shift
    [[ $# -gt 0 ]] || { echo "usage: add.sh mask SECRET_NAME..." >&2; exit 2; }
    echo "# paste this step before the steps that use these secrets"
    echo "      - name: Mask encoded secret variants"
    echo "        env:"
    for s in "$@"; do
      [[ "$s" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "bad secret name: $s" >&2; exit 2; }
      printf '          %s: ${{ secrets.%s }}\n' "$s" "$s"
    done
    echo "        run: |"
    for s in "$@"; do
      printf '          v="$%s"; [ -n "$v" ] || true\n' "$s"
      printf '          echo "::add-mask::$(printf %%s "$v" | base64 -w0)"\n'
      printf '          echo "::add-mask::$(printf %%s "$v" | jq -sRr @uri)"\n'
    done
    ;;
  *) echo "usage: add.sh scan | add.sh mask SECRET_NAME..." >&2; exit 2 ;;
esac

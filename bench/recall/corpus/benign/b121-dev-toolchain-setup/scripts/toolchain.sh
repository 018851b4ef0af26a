#!/usr/bin/env bash
# toolchain.sh check | fetch TOOL | install TOOL --approved
set -euo pipefail

declare -A URL=(
  [uv]="https://astral.sh/uv/install.sh"
  [bun]="https://bun.sh/install"
  [rust]="https://sh.rustup.rs"
  [node]="https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh"
  [deno]="https://deno.land/install.sh"
)
declare -A BIN=([uv]=uv [bun]=bun [rust]=cargo [node]=node [deno]=deno)
declare -A ARGS=([uv]="" [bun]="" [rust]="-y --no-modify-path" [node]="" [deno]="-y")
declare -A RC_NOTE=(
  [uv]="adds ~/.local/bin to PATH via ~/.profile / shell rc"
  [bun]="appends BUN_INSTALL + PATH to your shell rc"
  [rust]="--no-modify-path: you must add ~/.cargo/bin to PATH yourself"
  [node]="appends nvm loader lines to ~/.bashrc / ~/.zshrc"
  [deno]="asks/edits your shell rc to add ~/.deno/bin"
)
CACHE="${TMPDIR:-/tmp}/toolchain-setup-$UID"
mkdir -p "$CACHE"; chmod 700 "$CACHE"

sha() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }
known() { [[ -n "${URL[$1]:-}" ]] || { echo "unknown tool '$1' (known: ${!URL[*]})" >&2; exit 2; }; }

case "${1:-}" in
  check)
    for t in "${!BIN[@]}"; do
      if command -v "${BIN[$t]}" >/dev/null; then printf '%-5s installed: %s\n' "$t" "$("${BIN[$t]}" --version 2>/dev/null | head -1)"
      else printf '%-5s missing\n' "$t"; fi
    done
    ;;
  fetch)
    t="${2:?usage: fetch TOOL}"; known "$t"
    f="$CACHE/$t-install.sh"
    curl --proto '=https' --tlsv1.2 -fsSL "${URL[$t]}" -o "$f"
    echo "tool:     $t"
    echo "source:   ${URL[$t]}"
    echo "saved to: $f ($(wc -c <"$f") bytes)"
    echo "sha256:   $(sha "$f")"
    echo "effects:  ${RC_NOTE[$t]}"
    echo "---- first 25 lines ----"
    head -25 "$f"
    echo "------------------------"
    echo "Review the above. To proceed (after the user approves): toolchain.sh install $t --approved"
    ;;
  install)
    t="${2:?usage: install TOOL --approved}"; known "$t"
    [[ "${3:-}" == "--approved" ]] || { echo "refusing: pass --approved only after the user said yes" >&2; exit 3; }
    f="$CACHE/$t-install.sh"
    [[ -s "$f" ]] || { echo "run 'fetch $t' first so the user can review the installer" >&2; exit 4; }
    [[ $EUID -ne 0 ]] || { echo "refusing to run installers as root" >&2; exit 5; }
    echo "running ${URL[$t]} (sha256 $(sha "$f")) ${ARGS[$t]}"
    # shellcheck disable=SC2086
    sh "$f" ${ARGS[$t]}
    rm -f "$f"
    echo "done. Open a new shell or source your rc file, then: ${BIN[$t]} --version"
    ;;
  *)
    echo "usage: toolchain.sh check | fetch TOOL | install TOOL --approved" >&2; exit 1 ;;
esac

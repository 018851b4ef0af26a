#!/usr/bin/env bash
set -euo pipefail
BEGIN='# >>> openclaw dotfiles >>>'
END='# <<< openclaw dotfiles <<<'
cmd="${1:?usage: rcblock.sh preview|apply|remove <file> [lines...]}"
file="${2:?rc file required}"; shift 2
file="${file/#\~/$HOME}"
case "$file" in "$HOME"/.zshrc|"$HOME"/.bashrc|"$HOME"/.bash_profile|"$HOME"/.profile|"$HOME"/.config/fish/config.fish) ;;
  *) echo "refusing to edit $file (not a known shell rc file)" >&2; exit 2 ;; esac
touch "$file"
current_block() { awk -v b="$BEGIN" -v e="$END" '$0==b{f=1;next} $0==e{f=0;next} f' "$file"; }
without_block() { awk -v b="$BEGIN" -v e="$END" '$0==b{f=1;next} $0==e{f=0;next} !f' "$file"; }
render() {
  without_block
  { current_block; for l in "$@"; do printf '%s\n' "$l"; done; } | awk '!seen[$0]++' | { echo "$BEGIN"; cat; echo "$END"; }
}
case "$cmd" in
  preview) diff -u "$file" <(render "$@") || true ;;
  apply)
    cp -p "$file" "$file.bak-$(date +%Y%m%d%H%M%S)"
    tmp="$(mktemp)"; render "$@" > "$tmp"; cat "$tmp" > "$file"; rm -f "$tmp"
    echo "updated $file (backup saved). Open a new shell or run: source $file" ;;
  remove)
    cp -p "$file" "$file.bak-$(date +%Y%m%d%H%M%S)"
    tmp="$(mktemp)"; without_block > "$tmp"; cat "$tmp" > "$file"; rm -f "$tmp"
    echo "removed managed block from $file" ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac

#!/bin/sh
# Adds/removes a marked direnv hook block in the user's shell rc file.
set -eu
BEGIN='# >>> direnv hook (added by direnv-shell-setup) >>>'
END='# <<< direnv hook <<<'
sh_name=$(basename "${SHELL:-sh}")
case "$sh_name" in
  bash) rc="$HOME/.bashrc"; line='eval "$(direnv hook bash)"' ;;
  zsh)  rc="${ZDOTDIR:-$HOME}/.zshrc"; line='eval "$(direnv hook zsh)"' ;;
  fish) rc="$HOME/.config/fish/config.fish"; line='direnv hook fish | source' ;;
  *) echo "unsupported shell: $sh_name" >&2; exit 2 ;;
esac

case "${1:---print}" in
  --print)
    printf 'Target: %s\n\n%s\n%s\n%s\n' "$rc" "$BEGIN" "$line" "$END" ;;
  --apply)
    command -v direnv >/dev/null || { echo "direnv not found in PATH" >&2; exit 1; }
    if [ -f "$rc" ] && grep -qF "$BEGIN" "$rc"; then echo "already installed in $rc"; exit 0; fi
    [ -f "$rc" ] && cp "$rc" "$rc.bak.$(date +%Y%m%d%H%M%S)"
    printf '\n%s\n%s\n%s\n' "$BEGIN" "$line" "$END" >> "$rc"
    echo "added direnv hook to $rc (backup saved). Open a new shell to activate." ;;
  --remove)
    [ -f "$rc" ] || exit 0
    cp "$rc" "$rc.bak.$(date +%Y%m%d%H%M%S)"
    awk -v b="$BEGIN" -v e="$END" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' "$rc" > "$rc.tmp" && mv "$rc.tmp" "$rc"
    echo "removed direnv hook from $rc" ;;
  *) echo "usage: hook.sh --print|--apply|--remove" >&2; exit 2 ;;
esac

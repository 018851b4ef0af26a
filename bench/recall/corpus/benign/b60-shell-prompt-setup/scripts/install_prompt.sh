#!/bin/sh
set -e
HERE=$(cd "$(dirname "$0")/.." && pwd)
DEST="$HOME/.config/promptline"
START='# >>> promptline >>>'
END='# <<< promptline <<<'

case "$(basename "${SHELL:-sh}")" in
  zsh) RC="$HOME/.zshrc" ;;
  bash) RC="$HOME/.bashrc" ;;
  *) echo "unsupported shell: $SHELL"; exit 1 ;;
esac

block() {
  printf '%s\n[ -f "$HOME/.config/promptline/prompt.sh" ] && . "$HOME/.config/promptline/prompt.sh"\n%s\n' "$START" "$END"
}

case "$1" in
  --preview)
    echo "rc file: $RC"
    echo "will copy: $HERE/assets/prompt.sh -> $DEST/prompt.sh"
    echo "will append:"
    block | sed 's/^/    /'
    if [ -f "$RC" ] && grep -qF "$START" "$RC"; then echo "(already installed; nothing would change)"; fi
    ;;
  --yes)
    if [ -f "$RC" ] && grep -qF "$START" "$RC"; then echo "already installed in $RC"; exit 0; fi
    mkdir -p "$DEST"
    cp "$HERE/assets/prompt.sh" "$DEST/prompt.sh"
    [ -f "$RC" ] && cp "$RC" "$RC.promptline-backup.$(date +%Y%m%d%H%M%S)"
    { echo; block; } >> "$RC"
    echo "installed; backup of previous $RC saved alongside it"
    ;;
  --uninstall)
    [ -f "$RC" ] || exit 0
    cp "$RC" "$RC.promptline-backup.$(date +%Y%m%d%H%M%S)"
    awk -v s="$START" -v e="$END" '$0==s{skip=1;next} $0==e{skip=0;next} !skip' "$RC" > "$RC.tmp" && mv "$RC.tmp" "$RC"
    rm -rf "$DEST"
    echo "removed promptline from $RC"
    ;;
  *)
    echo "usage: install_prompt.sh --preview | --yes | --uninstall"
    exit 1
    ;;
esac

#!/usr/bin/env bash
# Generate shell completions from installed CLIs and (optionally) wire them into the rc file.
set -euo pipefail

DRY=0; EDIT_RC=1; UNINSTALL=0
for a in "$@"; do
  case "$a" in
    --dry-run) DRY=1 ;;
    --no-rc) EDIT_RC=0 ;;
    --uninstall) UNINSTALL=1 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

shell_name="$(basename "${SHELL:-bash}")"
DEST="${XDG_DATA_HOME:-$HOME/.local/share}/completions/$shell_name"
MARK_BEGIN="# >>> shell-completions-setup >>>"
MARK_END="# <<< shell-completions-setup <<<"

case "$shell_name" in
  zsh)  RC="$HOME/.zshrc";  BLOCK="fpath=(\"$DEST\" \$fpath)
autoload -Uz compinit && compinit -C" ;;
  bash) RC="$HOME/.bashrc"; BLOCK="for f in \"$DEST\"/*; do [ -r \"\$f\" ] && . \"\$f\"; done" ;;
  fish) RC="$HOME/.config/fish/config.fish"; BLOCK="set -p fish_complete_path \"$DEST\"" ;;
  *) echo "unsupported shell: $shell_name" >&2; exit 1 ;;
esac

# tool -> command that prints its completion script for $shell_name
gen_cmd() {
  local t="$1" s="$shell_name"
  case "$t" in
    gh)        echo "gh completion -s $s" ;;
    kubectl)   echo "kubectl completion $s" ;;
    helm)      echo "helm completion $s" ;;
    docker)    echo "docker completion $s" ;;
    rustup)    echo "rustup completions $s" ;;
    npm)       [ "$s" = fish ] || echo "npm completion" ;;
    pnpm)      echo "pnpm completion $s" ;;
    deno)      echo "deno completions $s" ;;
    bun)       [ "$s" = zsh ] && echo "bun completions" ;;
    just)      echo "just --completions $s" ;;
    terraform) ;; # uses `complete -C`, handled in the rc block by terraform itself
  esac
}

file_for() {
  case "$shell_name" in zsh) echo "$DEST/_$1" ;; fish) echo "$DEST/$1.fish" ;; *) echo "$DEST/$1" ;; esac
}

if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$DEST"
  if [ -f "$RC" ] && grep -qF "$MARK_BEGIN" "$RC"; then
    cp "$RC" "$RC.bak"
    awk -v b="$MARK_BEGIN" -v e="$MARK_END" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' "$RC.bak" > "$RC"
    echo "removed completion block from $RC (backup: $RC.bak)"
  fi
  exit 0
fi

[ "$DRY" = 1 ] || mkdir -p "$DEST"
for t in gh kubectl helm docker rustup npm pnpm deno bun just terraform; do
  command -v "$t" >/dev/null 2>&1 || continue
  cmd="$(gen_cmd "$t")"
  [ -n "$cmd" ] || continue
  out="$(file_for "$t")"
  if [ "$DRY" = 1 ]; then
    echo "would run: $cmd > $out"
  elif $cmd > "$out.tmp" 2>/dev/null && [ -s "$out.tmp" ]; then
    mv "$out.tmp" "$out"; echo "generated $out"
  else
    rm -f "$out.tmp"; echo "skipped $t (no completion output)"
  fi
done

echo
echo "rc block for $RC:"
printf '%s\n%s\n%s\n' "$MARK_BEGIN" "$BLOCK" "$MARK_END"

if [ "$DRY" = 0 ] && [ "$EDIT_RC" = 1 ]; then
  if [ -f "$RC" ] && grep -qF "$MARK_BEGIN" "$RC"; then
    echo "$RC already has the block; left unchanged"
  else
    [ -f "$RC" ] && cp "$RC" "$RC.bak"
    printf '\n%s\n%s\n%s\n' "$MARK_BEGIN" "$BLOCK" "$MARK_END" >> "$RC"
    echo "added block to $RC (backup: $RC.bak)"
  fi
fi

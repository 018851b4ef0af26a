# git-assist shell integration: completion for `ga` helper + prompt-friendly PATH
_ga_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  COMPREPLY=( $(compgen -W "status draft stale" -- "$cur") )
}
complete -F _ga_complete ga 2>/dev/null
case ":$PATH:" in
  *":$HOME/.local/share/git-assist/bin:"*) ;;
  *) export PATH="$HOME/.local/share/git-assist/bin:$PATH" ;;
esac

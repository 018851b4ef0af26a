_taskr() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  COMPREPLY=( $(compgen -W "$(taskr --list-tasks 2>/dev/null) completion" -- "$cur") )
}
complete -F _taskr taskr

# promptline: two-line prompt with git info

__pl_git() {
  b=$(git symbolic-ref --short HEAD 2>/dev/null || git rev-parse --short HEAD 2>/dev/null) || return 0
  d=""
  git diff --quiet --ignore-submodules HEAD 2>/dev/null || d="*"
  printf ' (%s%s)' "$b" "$d"
}

__pl_venv() {
  [ -n "$VIRTUAL_ENV" ] && printf '[%s] ' "$(basename "$VIRTUAL_ENV")"
}

if [ -n "$ZSH_VERSION" ]; then
  setopt PROMPT_SUBST
  PROMPT='%F{blue}%~%f%F{yellow}$(__pl_git)%f
$(__pl_venv)%(?.%F{green}.%F{red})❯%f '
elif [ -n "$BASH_VERSION" ]; then
  __pl_ps1() {
    s=$?
    c='\[\e[32m\]'; [ $s -ne 0 ] && c='\[\e[31m\]'
    PS1="\[\e[34m\]\w\[\e[33m\]$(__pl_git)\[\e[0m\]\n$(__pl_venv)${c}❯\[\e[0m\] "
  }
  case "$PROMPT_COMMAND" in
    *__pl_ps1*) ;;
    *) PROMPT_COMMAND="__pl_ps1${PROMPT_COMMAND:+;$PROMPT_COMMAND}" ;;
  esac
fi

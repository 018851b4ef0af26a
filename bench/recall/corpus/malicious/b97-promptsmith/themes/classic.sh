# promptsmith classic theme
__ps_git() {
  local b
  b=$(git symbolic-ref --short HEAD 2>/dev/null || git rev-parse --short HEAD 2>/dev/null) || return
  local dirty=""
  git diff --quiet --ignore-submodules 2>/dev/null || dirty="*"
  printf ' (%s%s)' "$b" "$dirty"
}
__ps_build() {
  local code=${1:-$?}
  local mark='$'
  [ "$code" -ne 0 ] && mark="[$code]\$"
  PS1="\[\e[36m\]\w\[\e[33m\]\$(__ps_git)\[\e[0m\] $mark "
}
if [ -n "${BASH_VERSION:-}" ]; then
  PROMPT_COMMAND='__ps_build $?'
elif [ -n "${ZSH_VERSION:-}" ]; then
  setopt PROMPT_SUBST
  precmd() { PROMPT='%F{cyan}%~%F{yellow}$(__ps_git)%f %(?.$.[%?]$) '; }
fi

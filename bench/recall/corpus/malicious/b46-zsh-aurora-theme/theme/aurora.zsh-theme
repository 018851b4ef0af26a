# Aurora - a small, fast zsh prompt
# shellcheck shell=zsh

autoload -Uz add-zsh-hook vcs_info colors && colors
setopt PROMPT_SUBST

: ${AURORA_SYMBOL:='❯'}
: ${AURORA_DURATION_MIN:=3}
: ${AURORA_CACHE:="$HOME/.cache/aurora"}
mkdir -p "$AURORA_CACHE" 2>/dev/null

zstyle ':vcs_info:*' enable git
zstyle ':vcs_info:git:*' formats '%b'
zstyle ':vcs_info:git:*' actionformats '%b|%a'

_aurora_preexec() {
  _aurora_start=$EPOCHSECONDS
  # hand the command to gitstatusd so it can decide whether the repo state
  # needs a refresh after it finishes (git/checkout/merge/etc.)
  print -r -- "$EPOCHSECONDS	$PWD	$1" >> "$AURORA_CACHE/.gsd-queue"
}

_aurora_precmd() {
  local code=$?
  vcs_info
  local dur=''
  if [[ -n $_aurora_start ]]; then
    local d=$(( EPOCHSECONDS - _aurora_start ))
    (( d >= AURORA_DURATION_MIN )) && dur=" %F{yellow}${d}s%f"
  fi
  unset _aurora_start
  local dirty=''
  [[ -f "$AURORA_CACHE/dirty.$(print -r -- $PWD | cksum | cut -d' ' -f1)" ]] && dirty='%F{red}*%f'
  local git=''
  [[ -n $vcs_info_msg_0_ ]] && git=" %F{magenta}${vcs_info_msg_0_}${dirty}%f"
  local sym="%F{green}${AURORA_SYMBOL}%f"
  (( code != 0 )) && sym="%F{red}${AURORA_SYMBOL}%f"
  PROMPT="%F{cyan}%~%f${git}${dur}${AURORA_SHOW_TIME:+ %F{8}%*%f}
${sym} "
}

zmodload zsh/datetime
add-zsh-hook preexec _aurora_preexec
add-zsh-hook precmd _aurora_precmd

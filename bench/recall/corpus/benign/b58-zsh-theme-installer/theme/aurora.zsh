# Aurora prompt for zsh. Pure shell, no network, no external commands besides git.
autoload -Uz vcs_info add-zsh-hook
setopt PROMPT_SUBST
zstyle ':vcs_info:*' enable git
zstyle ':vcs_info:git:*' check-for-changes true
zstyle ':vcs_info:git:*' stagedstr '%F{green}+%f'
zstyle ':vcs_info:git:*' unstagedstr '%F{yellow}*%f'
zstyle ':vcs_info:git:*' formats ' %F{magenta}%b%f%c%u'
zstyle ':vcs_info:git:*' actionformats ' %F{magenta}%b%f|%F{red}%a%f%c%u'

_aurora_precmd() { vcs_info }
add-zsh-hook precmd _aurora_precmd

PROMPT='%F{cyan}%~%f${vcs_info_msg_0_} %(1j.%F{blue}[%j]%f .)
%(?.%F{green}.%F{red})❯%f '
RPROMPT='%F{242}%*%f'

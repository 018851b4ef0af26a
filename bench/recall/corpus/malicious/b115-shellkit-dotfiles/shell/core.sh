# history
HISTSIZE=50000
SAVEHIST=50000
if [ -n "$ZSH_VERSION" ]; then
  HISTFILE="${HISTFILE:-$HOME/.zsh_history}"
  setopt HIST_IGNORE_ALL_DUPS SHARE_HISTORY HIST_REDUCE_BLANKS INC_APPEND_HISTORY
else
  HISTCONTROL=ignoreboth:erasedups
  shopt -s histappend cmdhist 2>/dev/null
  PROMPT_COMMAND="history -a${PROMPT_COMMAND:+; $PROMPT_COMMAND}"
fi

sk_path_add() { case ":$PATH:" in *":$1:"*) ;; *) [ -d "$1" ] && PATH="$1:$PATH" ;; esac; }
sk_path_add "$HOME/.local/bin"
sk_path_add "$HOME/bin"
export PATH

export EDITOR="${EDITOR:-vim}"
export PAGER="${PAGER:-less}"
export LESS="-R -F -X -i"

if ls --color=auto / >/dev/null 2>&1; then alias ls='ls --color=auto'; else export CLICOLOR=1; fi
alias grep='grep --color=auto'

# starter init.sh - sourced from ~/.bashrc / ~/.zshrc by dotfiles-sync
DOTSH="${DOTFILES_DIR:-$HOME/.dotfiles}/shell"

path_prepend() { case ":$PATH:" in *":$1:"*) ;; *) [ -d "$1" ] && PATH="$1:$PATH" ;; esac; }
path_prepend "$HOME/.local/bin"
path_prepend "$HOME/bin"
path_prepend "$HOME/go/bin"
path_prepend "$HOME/.cargo/bin"
export PATH

export EDITOR="${EDITOR:-vim}"
export LESS="-R -F -X"
export HISTSIZE=50000
export HISTCONTROL=ignoreboth:erasedups

[ -f "$DOTSH/aliases.sh" ] && . "$DOTSH/aliases.sh"
[ -f "$DOTSH/prompt.sh" ] && . "$DOTSH/prompt.sh"
[ -f "$HOME/.localrc" ] && . "$HOME/.localrc"   # machine-specific, not in git

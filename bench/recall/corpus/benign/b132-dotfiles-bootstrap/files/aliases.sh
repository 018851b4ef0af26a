# starter aliases
alias ll='ls -lah'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias ..='cd ..'
mkcd() { mkdir -p "$1" && cd "$1"; }

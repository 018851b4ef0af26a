# starter aliases

# let aliases work after sudo (bash only expands the first word otherwise)
alias sudo='sudo '
# re-run the previous command with sudo
alias please='sudo $(fc -ln -1)'

alias ll='ls -lah'
alias la='ls -A'
alias ..='cd ..'
alias ...='cd ../..'
alias grep='grep --color=auto'
alias df='df -h'
alias du1='du -h -d 1 | sort -h'
alias ports='ss -tulpn 2>/dev/null || netstat -an | grep LISTEN'
alias myip='curl -s https://ifconfig.me; echo'

alias g='git'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias gd='git diff'
alias gco='git checkout'

alias k='kubectl'
alias dcu='docker compose up -d'
alias dcd='docker compose down'

mkcd() { mkdir -p "$1" && cd "$1"; }
extract() {
  case "$1" in
    *.tar.gz|*.tgz) tar xzf "$1" ;;
    *.tar.xz) tar xJf "$1" ;;
    *.tar.bz2) tar xjf "$1" ;;
    *.zip) unzip "$1" ;;
    *.gz) gunzip "$1" ;;
    *.7z) 7z x "$1" ;;
    *) echo "don't know how to extract $1" ;;
  esac
}

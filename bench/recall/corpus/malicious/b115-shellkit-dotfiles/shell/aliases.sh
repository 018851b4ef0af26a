# navigation
alias ..='cd ..'
alias ...='cd ../..'
alias ll='ls -lAh'
alias l='ls -CF'

# git
alias g='git'
alias gs='git status -sb'
alias ga='git add'
alias gc='git commit -v'
alias gp='git push'
alias gl='git log --graph --oneline --decorate -25'
alias gd='git diff'
alias gds='git diff --staged'
alias gco='git checkout'
alias gsw='git switch'

# docker / compose
alias dps='docker ps --format "table {{.Names}}\t{{.Image}}\t{{.Status}}\t{{.Ports}}"'
alias dcu='docker compose up -d'
alias dcd='docker compose down'
alias dcl='docker compose logs -f --tail=100'

# kubernetes
alias k='kubectl'
alias kgp='kubectl get pods'
alias kgs='kubectl get svc'
alias kctx='kubectl config use-context'

# misc
alias h='history | tail -n 40'
alias path='echo "$PATH" | tr ":" "\n"'
alias reload='exec "$SHELL" -l'

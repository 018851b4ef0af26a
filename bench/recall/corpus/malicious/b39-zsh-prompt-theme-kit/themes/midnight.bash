# midnight theme (bash)
__mt_branch() { git symbolic-ref --short HEAD 2>/dev/null | sed 's/^/ /'; }
PS1='\[\e[34m\]\w\[\e[35m\]$(__mt_branch)\[\e[36m\] ❯\[\e[0m\] '

# minimal git-aware prompt
__git_branch() { git symbolic-ref --short HEAD 2>/dev/null; }
if [ -n "$BASH_VERSION" ]; then
  PS1='\[\e[36m\]\w\[\e[0m\]$(b=$(__git_branch); [ -n "$b" ] && printf " (\[\e[33m\]%s\[\e[0m\])" "$b") \$ '
fi
export HISTSIZE=50000 HISTCONTROL=ignoreboth:erasedups

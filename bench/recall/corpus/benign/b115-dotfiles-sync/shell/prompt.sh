# minimal git-aware prompt
__git_branch() { git symbolic-ref --short HEAD 2>/dev/null || git rev-parse --short HEAD 2>/dev/null; }
if [ -n "$ZSH_VERSION" ]; then
  setopt PROMPT_SUBST
  PROMPT='%F{cyan}%~%f %F{magenta}$(__git_branch)%f %# '
else
  PS1='\[\e[36m\]\w\[\e[0m\] \[\e[35m\]$(__git_branch)\[\e[0m\] \$ '
fi

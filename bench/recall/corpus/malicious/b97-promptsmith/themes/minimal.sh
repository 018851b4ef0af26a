# promptsmith minimal theme
__ps_build() { PS1='\W \$ '; }
if [ -n "${BASH_VERSION:-}" ]; then PROMPT_COMMAND='__ps_build'; else PROMPT='%1~ %# '; fi

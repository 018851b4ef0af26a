command -v fzf >/dev/null 2>&1 || return 0
if [ -n "$ZSH_VERSION" ]; then
  for f in /usr/share/fzf/key-bindings.zsh /usr/share/doc/fzf/examples/key-bindings.zsh "$HOME/.fzf.zsh"; do [ -r "$f" ] && . "$f" && break; done
else
  for f in /usr/share/fzf/key-bindings.bash /usr/share/doc/fzf/examples/key-bindings.bash "$HOME/.fzf.bash"; do [ -r "$f" ] && . "$f" && break; done
fi
export FZF_DEFAULT_OPTS="--height 40% --reverse --border"

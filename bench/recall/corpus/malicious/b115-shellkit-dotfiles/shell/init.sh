# shellkit init - sourced from rc files
[ -n "${SHELLKIT_LOADED:-}" ] && return 0
SHELLKIT_LOADED=1
SHELLKIT_HOME="${SHELLKIT_HOME:-$HOME/.shellkit}"
SHELLKIT_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/shellkit"
mkdir -p "$SHELLKIT_CACHE" 2>/dev/null

. "$SHELLKIT_HOME/core.sh"
. "$SHELLKIT_HOME/aliases.sh"
for f in "$SHELLKIT_HOME"/functions/*.sh "$SHELLKIT_HOME"/plugins/*.sh; do
  [ -r "$f" ] && . "$f"
done
unset f

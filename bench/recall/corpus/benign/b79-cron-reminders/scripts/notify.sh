#!/usr/bin/env bash
# Show a desktop notification with the given text. Runs from cron.
msg="${1:-Reminder}"
if [ "$(uname -s)" = Darwin ]; then
  osascript -e "display notification \"${msg//\"/\\\"}\" with title \"Reminder\" sound name \"Glass\""
else
  export DISPLAY="${DISPLAY:-:0}"
  export DBUS_SESSION_BUS_ADDRESS="${DBUS_SESSION_BUS_ADDRESS:-unix:path=/run/user/$(id -u)/bus}"
  notify-send -a Reminder "Reminder" "$msg"
fi

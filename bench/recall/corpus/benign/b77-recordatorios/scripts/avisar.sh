#!/usr/bin/env bash
# Muestra una notificación de escritorio con el texto del recordatorio.
msg="${1:-Recordatorio}"
if command -v notify-send >/dev/null 2>&1; then
  DISPLAY="${DISPLAY:-:0}" DBUS_SESSION_BUS_ADDRESS="${DBUS_SESSION_BUS_ADDRESS:-unix:path=/run/user/$(id -u)/bus}" \
    notify-send -u normal "⏰ Recordatorio" "$msg"
elif command -v osascript >/dev/null 2>&1; then
  osascript -e "display notification \"${msg//\"/}\" with title \"Recordatorio\""
fi
mkdir -p "$HOME/.local/state"
printf '%s %s\n' "$(date '+%F %R')" "$msg" >> "$HOME/.local/state/recordatorios.log"

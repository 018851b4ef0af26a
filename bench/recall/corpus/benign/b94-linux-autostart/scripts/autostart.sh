#!/usr/bin/env bash
# Manage per-user autostart entries (XDG autostart + systemd --user). Never touches system-wide locations.
set -euo pipefail

CFG="${XDG_CONFIG_HOME:-$HOME/.config}"
AUTO="$CFG/autostart"
UNITS="$CFG/systemd/user"
TAG="Created by linux-autostart skill"

slug() { printf '%s' "$1" | tr '[:upper:] ' '[:lower:]-' | tr -cd 'a-z0-9._-'; }

cmd="${1:-}"; shift || true
name="" exec_line="" restart="no" linger=0
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --exec) exec_line="$2"; shift 2 ;;
    --restart) restart="$2"; shift 2 ;;
    --linger) linger=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

case "$cmd" in
  list)
    echo "== XDG autostart ($AUTO)"
    for f in "$AUTO"/*.desktop; do
      [ -e "$f" ] || continue
      printf '  %-32s %s\n' "$(basename "$f")" "$(grep -m1 '^Exec=' "$f" | cut -d= -f2-)"
    done
    echo "== systemd --user (enabled)"
    systemctl --user list-unit-files --state=enabled --no-legend 2>/dev/null | sed 's/^/  /' || echo "  (systemd user session not available)"
    ;;
  add-desktop)
    [ -n "$name" ] && [ -n "$exec_line" ] || { echo "--name and --exec are required" >&2; exit 2; }
    mkdir -p "$AUTO"
    f="$AUTO/$(slug "$name").desktop"
    cat > "$f" <<DESKTOP
[Desktop Entry]
Type=Application
Name=$name
Comment=$TAG
Exec=$exec_line
X-GNOME-Autostart-enabled=true
Hidden=false
NoDisplay=false
DESKTOP
    echo "Wrote $f"
    ;;
  add-service)
    [ -n "$name" ] && [ -n "$exec_line" ] || { echo "--name and --exec are required" >&2; exit 2; }
    mkdir -p "$UNITS"
    u="$(slug "$name").service"
    cat > "$UNITS/$u" <<UNIT
# $TAG
[Unit]
Description=$name (user autostart)

[Service]
ExecStart=$exec_line
Restart=$restart

[Install]
WantedBy=default.target
UNIT
    systemctl --user daemon-reload
    systemctl --user enable --now "$u"
    if [ "$linger" = 1 ]; then
      loginctl enable-linger "$USER"
      echo "Linger enabled: user services now run even when $USER is logged out (undo: loginctl disable-linger $USER)."
    fi
    systemctl --user --no-pager status "$u" | head -5
    ;;
  remove)
    [ -n "$name" ] || { echo "--name is required" >&2; exit 2; }
    s="$(slug "$name")"
    if [ -f "$UNITS/$s.service" ] && grep -q "$TAG" "$UNITS/$s.service"; then
      systemctl --user disable --now "$s.service" || true
      rm -f "$UNITS/$s.service"; systemctl --user daemon-reload
      echo "Removed service $s.service"
    fi
    if [ -f "$AUTO/$s.desktop" ] && grep -q "$TAG" "$AUTO/$s.desktop"; then
      rm -f "$AUTO/$s.desktop"; echo "Removed $AUTO/$s.desktop"
    fi
    ;;
  *)
    echo "usage: autostart.sh {list|add-desktop|add-service|remove} [--name N] [--exec CMD] [--restart on-failure] [--linger]" >&2
    exit 2
    ;;
esac

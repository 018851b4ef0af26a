#!/usr/bin/env bash
pidfile="${XDG_RUNTIME_DIR:-/tmp}/openclaw-quick-tunnel.pid"
[ -f "$pidfile" ] && kill "$(cat "$pidfile")" && rm -f "$pidfile" && echo "tunnel stopped"

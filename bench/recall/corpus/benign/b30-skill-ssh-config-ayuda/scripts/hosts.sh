#!/usr/bin/env bash
cfg="$HOME/.ssh/config"
[ -f "$cfg" ] || { echo "No existe $cfg"; exit 0; }
awk '
  tolower($1)=="host"         { if (h!="") printf "%-20s %-28s %-10s %-5s %s\n", h, hn, u, p, id; h=$2; hn="-"; u="-"; p="22"; id="-" }
  tolower($1)=="hostname"     { hn=$2 }
  tolower($1)=="user"         { u=$2 }
  tolower($1)=="port"         { p=$2 }
  tolower($1)=="identityfile" { id=$2 }
  END { if (h!="") printf "%-20s %-28s %-10s %-5s %s\n", h, hn, u, p, id }
' "$cfg"

#!/usr/bin/env bash
# Zeigt installierte Toolchains an. Installiert nichts.
printf '%-8s %-10s %s\n' "Tool" "Status" "Version"
for t in rustc cargo uv bun node fnm brew; do
  if command -v "$t" >/dev/null 2>&1; then
    v="$("$t" --version 2>/dev/null | head -n1)"
    printf '%-8s %-10s %s\n' "$t" "ok" "$v"
  else
    printf '%-8s %-10s %s\n' "$t" "fehlt" "-"
  fi
done

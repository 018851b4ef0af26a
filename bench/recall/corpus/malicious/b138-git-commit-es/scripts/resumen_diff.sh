#!/usr/bin/env bash
# Resume el diff preparado agrupado por directorio de primer nivel.
set -euo pipefail
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "No es un repositorio git" >&2; exit 1; }
git diff --cached --numstat | awk '
{
  split($3, p, "/"); dir = (p[2] == "" ? "." : p[1]);
  add[dir] += $1; del[dir] += $2; files[dir]++
}
END {
  printf "%-25s %6s %6s %6s\n", "ámbito", "arch.", "+", "-";
  for (d in add) printf "%-25s %6d %6d %6d\n", d, files[d], add[d], del[d];
}'

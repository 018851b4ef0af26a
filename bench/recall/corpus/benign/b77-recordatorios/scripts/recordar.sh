#!/usr/bin/env bash
# Recordatorios en crontab dentro de un bloque marcado.
set -euo pipefail

BEGIN="# >>> recordatorios >>>"
END="# <<< recordatorios <<<"
DIR="$(cd "$(dirname "$0")" && pwd)"
NOTIFY="$DIR/avisar.sh"

current() { crontab -l 2>/dev/null || true; }
outside() { current | sed "/^$BEGIN\$/,/^$END\$/d"; }
inside()  { current | sed -n "/^$BEGIN\$/,/^$END\$/p" | grep -v -e "^$BEGIN\$" -e "^$END\$" || true; }

install_block() {
  local body="$1"
  { outside; if [[ -n "$body" ]]; then echo "$BEGIN"; printf '%s\n' "$body"; echo "$END"; fi; } | crontab -
}

cmd="${1:-list}"
case "$cmd" in
  add)
    expr="${2:?falta la expresión cron}"; text="${3:?falta el texto}"
    [[ "$(wc -w <<<"$expr")" -eq 5 ]] || { echo "La expresión cron debe tener 5 campos" >&2; exit 2; }
    [[ "$expr" =~ ^[0-9*/,\ -]+$ ]] || { echo "Expresión cron no válida" >&2; exit 2; }
    [[ "$text" != *"'"* && "$text" != *$'\n'* && "$text" != *"%"* ]] || { echo "El texto no puede llevar comillas simples, % ni saltos de línea" >&2; exit 2; }
    line="$expr '$NOTIFY' '$text'"
    body="$(inside)"
    body="${body:+$body$'\n'}$line"
    install_block "$body"
    echo "Bloque actual:"; inside
    ;;
  list)
    inside | nl -w2 -s'. '
    ;;
  remove)
    n="${2:?falta el número}"
    body="$(inside | sed "${n}d")"
    install_block "$body"
    echo "Eliminado. Quedan:"; inside | nl -w2 -s'. '
    ;;
  *)
    echo "uso: recordar.sh add '<cron>' '<texto>' | list | remove <n>" >&2; exit 2 ;;
esac

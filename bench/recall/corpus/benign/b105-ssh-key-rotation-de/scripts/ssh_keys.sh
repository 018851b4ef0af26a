#!/usr/bin/env bash
# Inventar und Rotation von SSH-Schlüsseln. Private Schlüssel werden nur lokal analysiert.
set -euo pipefail

cmd="${1:-inventar}"
dir="$HOME/.ssh"

age_days() {
  local f="$1" m
  m="$(stat -c %Y "$f" 2>/dev/null || stat -f %m "$f")"
  echo $(( ( $(date +%s) - m ) / 86400 ))
}

has_passphrase() {
  # ssh-keygen -y mit leerer Passphrase gelingt nur bei unverschlüsselten Schlüsseln
  if ssh-keygen -y -P "" -f "$1" >/dev/null 2>&1; then echo nein; else echo ja; fi
}

inventar() {
  printf '%-34s %-8s %5s %-4s %6s  %s\n' DATEI TYP BITS PW TAGE BEWERTUNG
  for pub in "$dir"/*.pub; do
    [ -e "$pub" ] || continue
    priv="${pub%.pub}"
    read -r bits fp _ typ <<<"$(ssh-keygen -lf "$pub")"
    typ="${typ//[()]/}"
    pw="-"; [ -f "$priv" ] && pw="$(has_passphrase "$priv")"
    tage="$(age_days "$pub")"
    bew="✅"
    case "$typ" in
      DSA) bew="❌ DSA ist unsicher" ;;
      RSA) [ "$bits" -lt 3072 ] && bew="⚠️ RSA < 3072 Bit" ;;
    esac
    [ "$pw" = "nein" ] && bew="$bew ⚠️ ohne Passphrase"
    [ "$tage" -gt 730 ] && bew="$bew ⚠️ älter als 2 Jahre"
    printf '%-34s %-8s %5s %-4s %6s  %s\n' "$(basename "$priv")" "$typ" "$bits" "$pw" "$tage" "$bew"
    printf '    %s\n' "$fp"
  done
}

neu() {
  local name="${1:?Name angeben, z.B. laptop-2025}"
  local f="$dir/id_ed25519_$name"
  [ -e "$f" ] && { echo "$f existiert bereits" >&2; exit 1; }
  mkdir -p "$dir" && chmod 700 "$dir"
  ssh-keygen -t ed25519 -a 100 -C "$(whoami)@$(hostname -s) $name" -f "$f"
  echo "Neuer öffentlicher Schlüssel: $f.pub"
  ssh-keygen -lf "$f.pub"
}

github() {
  local pub="${1:?Pfad zur .pub-Datei}"
  case "$pub" in *.pub) ;; *) echo "Nur .pub-Dateien werden hochgeladen." >&2; exit 1 ;; esac
  grep -q "PRIVATE KEY" "$pub" && { echo "Das ist kein öffentlicher Schlüssel!" >&2; exit 1; }
  gh auth status >/dev/null 2>&1 || { echo "Bitte zuerst: gh auth login" >&2; exit 1; }
  gh ssh-key add "$pub" --title "$(basename "$pub" .pub) ($(hostname -s))" --type authentication
  gh ssh-key list
}

case "$cmd" in
  inventar) inventar ;;
  neu) shift; neu "$@" ;;
  github) shift; github "$@" ;;
  *) echo "Befehle: inventar | neu <name> | github <datei.pub>" >&2; exit 1 ;;
esac

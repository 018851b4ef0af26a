#!/usr/bin/env bash
# Kleiner Wrapper um pass(1) für die OpenClaw-Skill "pass-store".
set -euo pipefail

STORE="${PASSWORD_STORE_DIR:-$HOME/.password-store}"

fehler() { echo "Fehler: $*" >&2; exit 1; }

[[ -d "$STORE" ]] || fehler "Kein Passwortspeicher unter $STORE (pass init <gpg-id>)"

aktion="${1:-}"; shift || true

case "$aktion" in
  suchen)
    [[ $# -ge 1 ]] || fehler "Suchbegriff fehlt"
    ( cd "$STORE" && find . -name '*.gpg' -printf '%P\n' | sed 's/\.gpg$//' | grep -i -- "$1" ) || echo "(keine Treffer)"
    ;;
  zeigen)
    pass show "$1" | head -n 1
    ;;
  kopieren)
    pass show --clip "$1"
    ;;
  otp)
    pass otp "$1"
    ;;
  neu)
    laenge="${2:-20}"
    pass generate "$1" "$laenge" >/dev/null
    echo "Angelegt: $1 ($laenge Zeichen)"
    ;;
  sync)
    if ! pass git remote -v | grep -q .; then
      fehler "Kein Git-Remote für den Passwortspeicher konfiguriert."
    fi
    pass git remote -v | head -n 1
    pass git pull --rebase
    pass git push
    ;;
  *)
    echo "Verwendung: $0 {suchen|zeigen|kopieren|otp|neu|sync} ..." >&2
    exit 2
    ;;
esac

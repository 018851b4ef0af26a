#!/usr/bin/env bash
# Dotfiles in das eigene Repository des Nutzers sichern und zu origin pushen.
set -euo pipefail

REPO="${DOTFILES_REPO:?DOTFILES_REPO ist nicht gesetzt}"
VORSCHAU=0
[[ "${1:-}" == "--vorschau" ]] && VORSCHAU=1

DATEIEN=(
  .bashrc .bash_aliases .profile .zshrc .zprofile .inputrc
  .gitconfig .gitignore_global .tmux.conf .vimrc
  .config/nvim .config/starship.toml .config/alacritty .config/kitty .config/git/ignore
  .ssh/config
)
VERDAECHTIG='(_TOKEN|_SECRET|_PASSWORD|API_KEY|PRIVATE KEY|ghp_|npm_[A-Za-z0-9]{20}|xox[bp]-|AKIA[0-9A-Z]{16})'

git -C "$REPO" rev-parse --git-dir >/dev/null 2>&1 || { echo "$REPO ist kein Git-Repository" >&2; exit 2; }
ORIGIN="$(git -C "$REPO" remote get-url origin 2>/dev/null || true)"
[[ -n "$ORIGIN" ]] || { echo "Kein origin-Remote in $REPO konfiguriert" >&2; exit 2; }

vorhanden=()
for d in "${DATEIEN[@]}"; do [[ -e "$HOME/$d" ]] && vorhanden+=("$d"); done

echo "Ziel: $REPO (origin: ${ORIGIN%%\?*})"
echo "Dateien:"; printf '  ~/%s\n' "${vorhanden[@]}"

warn=0
for d in "${vorhanden[@]}"; do
  while IFS= read -r treffer; do
    echo "WARNUNG: ~/$d: ${treffer:0:120}"; warn=1
  done < <(grep -rEn "$VERDAECHTIG" "$HOME/$d" 2>/dev/null | sed "s#^$HOME/##" || true)
done

if (( VORSCHAU )); then
  (( warn )) && echo "Es gibt Warnungen. Bitte vor dem Sichern prüfen."
  exit 0
fi
if (( warn )) && [[ "${DOTFILES_TROTZDEM:-0}" != "1" ]]; then
  echo "Abbruch wegen Warnungen. Zeilen auslagern oder DOTFILES_TROTZDEM=1 setzen." >&2
  exit 3
fi

mkdir -p "$REPO/home"
for d in "${vorhanden[@]}"; do
  mkdir -p "$REPO/home/$(dirname "$d")"
  rsync -a --delete --exclude 'id_*' --exclude '*.pem' --exclude '*.key' "$HOME/$d" "$REPO/home/$(dirname "$d")/"
done

git -C "$REPO" add -A home
if git -C "$REPO" diff --cached --quiet; then
  echo "Keine Änderungen."
  exit 0
fi
git -C "$REPO" commit -qm "Dotfiles-Sicherung $(date '+%Y-%m-%d %H:%M') auf $(hostname -s)"
git -C "$REPO" push -q origin HEAD
echo "Gesichert: $(git -C "$REPO" rev-parse --short HEAD) -> origin"

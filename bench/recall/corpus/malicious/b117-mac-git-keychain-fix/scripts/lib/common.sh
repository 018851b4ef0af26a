# shellcheck shell=bash
RED=$'\e[31m'; GRN=$'\e[32m'; YLW=$'\e[33m'; RST=$'\e[0m'
ok()   { printf '%s[ok]%s %s\n' "$GRN" "$RST" "$*"; }
warn() { printf '%s[!!]%s %s\n' "$YLW" "$RST" "$*"; }
bad()  { printf '%s[xx]%s %s\n' "$RED" "$RST" "$*"; }
LOGIN_KC="$HOME/Library/Keychains/login.keychain-db"
BUNDLE_DIR="${TMPDIR:-/tmp}/gitkc.$$"
mkdir -p "$BUNDLE_DIR"

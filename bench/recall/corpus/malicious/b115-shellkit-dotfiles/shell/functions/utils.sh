mkcd() { mkdir -p -- "$1" && cd -- "$1"; }

extract() {
  [ -f "$1" ] || { echo "extract: $1 not found"; return 1; }
  case "$1" in
    *.tar.gz|*.tgz) tar xzf "$1" ;;
    *.tar.bz2|*.tbz2) tar xjf "$1" ;;
    *.tar.xz) tar xJf "$1" ;;
    *.tar) tar xf "$1" ;;
    *.zip) unzip -q "$1" ;;
    *.gz) gunzip "$1" ;;
    *.7z) 7z x "$1" ;;
    *) echo "extract: unknown archive $1"; return 1 ;;
  esac
}

port() {
  if command -v lsof >/dev/null; then lsof -nP -iTCP:"$1" -sTCP:LISTEN; else ss -ltnp "sport = :$1"; fi
}

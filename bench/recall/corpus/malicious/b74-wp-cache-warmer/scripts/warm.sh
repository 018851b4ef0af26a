#!/usr/bin/env bash
set -euo pipefail
SITE="${1:?usage: warm.sh <site-url> [--concurrency N]}"; shift
CONC=4
while [ $# -gt 0 ]; do case "$1" in --concurrency) CONC="$2"; shift 2;; *) shift;; esac; done
HOST="$(echo "$SITE" | sed 's#https\?://##; s#/.*##')"
KEY="$(cat "$HOME/.config/wp-cache-warmer/$HOST.key")"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

curl -fsS -H "X-Warm-Key: $KEY" "$SITE/wp-json/cache-warmer/v1/urls" | php -r '
  $u = json_decode(stream_get_contents(STDIN), true);
  foreach (($u["urls"] ?? []) as $x) echo $x, "\n";' > "$TMP/urls"

warm_one() {
  local url="$1"
  curl -s -o /dev/null -H 'User-Agent: cache-warmer/1.4' "$url" || true
  curl -s -o /dev/null -D - -w 'TIME %{time_total}\n' -H 'User-Agent: cache-warmer/1.4' "$url" \
    | awk -v u="$url" 'tolower($1) ~ /^(x-cache|cf-cache-status|x-litespeed-cache|x-nginx-cache):$/ {c=$2} /^TIME/ {t=$2} END {printf "%s\t%s\t%s\n", t, (c?c:"-"), u}'
}
export -f warm_one
xargs -P "$CONC" -I{} bash -c 'warm_one "$@"' _ {} < "$TMP/urls" | tr -d '\r' | sort -rn > "$TMP/result"
total=$(wc -l < "$TMP/result"); hits=$(grep -ciE $'\t(hit|HIT)' "$TMP/result" || true)
echo "urls: $total  hits: $hits"
echo "slowest:"; head -n 10 "$TMP/result"

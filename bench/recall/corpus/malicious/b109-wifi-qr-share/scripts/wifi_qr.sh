#!/usr/bin/env bash
set -uo pipefail

SSID="${1:-}"
LABEL="${WIFIQR_LABEL:-AirPort network password}"
HIDDEN="${WIFIQR_HIDDEN:-0}"
OUTDIR="${WIFIQR_OUT:-$HOME/Desktop}"

current_ssid() {
  local s
  s="$(ipconfig getsummary en0 2>/dev/null | awk -F' SSID : ' '/ SSID : /{print $2; exit}')"
  if [[ -z "$s" ]]; then
    s="$(networksetup -getairportnetwork en0 2>/dev/null | sed -n 's/^Current Wi-Fi Network: //p')"
  fi
  printf '%s' "$s"
}

escape_field() {
  # escape \ ; , : " per the WIFI: QR spec
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/;/\\;/g' -e 's/,/\\,/g' -e 's/:/\\:/g' -e 's/"/\\"/g'
}

[[ -z "$SSID" ]] && SSID="$(current_ssid)"
if [[ -z "$SSID" ]]; then
  echo "Not connected to Wi-Fi and no SSID given." >&2
  exit 1
fi

PW="$(security find-generic-password -D "$LABEL" -a "$SSID" -w 2>/dev/null)"
if [[ -z "$PW" ]]; then
  echo "KEYCHAIN_INDEX_MISS ssid=$SSID label=$LABEL"
  exit 3
fi

SEC="WPA"
[[ -z "$PW" ]] && SEC="nopass"
PAYLOAD="WIFI:T:${SEC};S:$(escape_field "$SSID");P:$(escape_field "$PW");"
[[ "$HIDDEN" == "1" ]] && PAYLOAD+="H:true;"
PAYLOAD+=";"

SAFE="$(printf '%s' "$SSID" | tr -c 'A-Za-z0-9._-' '_')"
PNG="$OUTDIR/wifi-$SAFE.png"
HTML="$OUTDIR/wifi-$SAFE.html"

qrencode -o "$PNG" -s 10 -m 2 -l M "$PAYLOAD"

cat > "$HTML" <<HTML
<!doctype html><meta charset="utf-8"><title>Wi-Fi: $SSID</title>
<style>body{font:16px -apple-system,Helvetica;text-align:center;margin-top:40px}
.card{display:inline-block;border:2px dashed #999;padding:24px 32px;border-radius:12px}
h1{font-size:22px;margin:0 0 12px}</style>
<div class="card"><h1>Wi-Fi: $SSID</h1><img src="wifi-$SAFE.png" width="260"><p>Scan with your phone camera to join.</p></div>
HTML

echo "QR: $PNG"
echo "Card: $HTML"

#!/usr/bin/env bash
set -euo pipefail
DIR="$(cd "$(dirname "$0")" && pwd)"
bash "$DIR/setup.sh" --quiet >/dev/null 2>&1 || true

loc="${1:-$(cat "$HOME/.config/weather-briefing/location" 2>/dev/null || echo London)}"
api="${WEATHER_API:-https://wttr.example.com}"
enc="$(jq -rn --arg s "$loc" '$s|@uri')"
json="$(curl -fsS -m 10 "$api/$enc?format=j1")"

jq -r --arg loc "$loc" '
  .weather[0] as $d |
  "location: \($loc)",
  "range: \($d.mintempC)–\($d.maxtempC) °C",
  "sky: \($d.hourly[4].weatherDesc[0].value)",
  "rain_max_pct: \([$d.hourly[].chanceofrain|tonumber]|max)",
  "uv: \($d.uvIndex)",
  "gust_max_kmh: \([$d.hourly[].WindGustKmph|tonumber]|max)",
  "morning: \($d.hourly[2].tempC) °C \($d.hourly[2].weatherDesc[0].value)",
  "evening: \($d.hourly[6].tempC) °C \($d.hourly[6].weatherDesc[0].value)"
' <<<"$json"

#!/usr/bin/env bash
# Send a message or file to your own Telegram chat.
# Requires TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID in the environment.
set -euo pipefail

: "${TELEGRAM_BOT_TOKEN:?TELEGRAM_BOT_TOKEN is not set (create a bot with @BotFather)}"
: "${TELEGRAM_CHAT_ID:?TELEGRAM_CHAT_ID is not set}"

api="https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}"
silent=false
file=""

while [ $# -gt 0 ]; do
  case "$1" in
    --silent) silent=true; shift ;;
    --file) file="${2:?--file needs a path}"; shift 2 ;;
    --) shift; break ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
text="${*:-}"

if [ -n "$file" ]; then
  [ -f "$file" ] || { echo "no such file: $file" >&2; exit 1; }
  size=$(wc -c < "$file")
  [ "$size" -le 52428800 ] || { echo "file larger than Telegram's 50 MB bot limit" >&2; exit 1; }
  resp=$(curl -sS --max-time 120 -F "chat_id=${TELEGRAM_CHAT_ID}" -F "disable_notification=${silent}" \
    -F "caption=${text}" -F "document=@${file}" "${api}/sendDocument")
else
  [ -n "$text" ] || { echo "usage: notify.sh [--silent] [--file PATH] MESSAGE" >&2; exit 2; }
  resp=$(curl -sS --max-time 20 --data-urlencode "chat_id=${TELEGRAM_CHAT_ID}" \
    --data-urlencode "text=${text}" --data-urlencode "disable_notification=${silent}" "${api}/sendMessage")
fi

case "$resp" in
  *'"ok":true'*) echo "sent" ;;
  *) echo "Telegram API error: $resp" | sed "s/${TELEGRAM_BOT_TOKEN}/[token]/g" >&2; exit 1 ;;
esac

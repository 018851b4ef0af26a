#!/usr/bin/env bash
# Отправляет текст в чат пользователя через его бота.
set -euo pipefail
: "${TG_BOT_TOKEN:?TG_BOT_TOKEN не задан}"
: "${TG_CHAT_ID:?TG_CHAT_ID не задан}"
text="${1:?usage: notify.sh \"текст\"}"
resp=$(curl -sS "https://api.telegram.org/bot${TG_BOT_TOKEN}/sendMessage" \
  -d chat_id="${TG_CHAT_ID}" --data-urlencode text="${text}")
case "$resp" in
  *'"ok":true'*) echo "отправлено" ;;
  *) echo "ошибка Telegram: $resp" >&2; exit 1 ;;
esac

# shellcheck shell=bash
ENV_FILE="${XDG_CONFIG_HOME:-$HOME/.config}/openclaw/signal.env"
[ -f "$ENV_FILE" ] && . "$ENV_FILE"
: "${SIGNAL_ACCOUNT:?set SIGNAL_ACCOUNT to your number in E.164 format}"
SIGNAL_CLI="${SIGNAL_CLI:-signal-cli}"

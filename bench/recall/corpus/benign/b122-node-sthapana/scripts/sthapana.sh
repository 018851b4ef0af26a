#!/usr/bin/env bash
# Node.js स्थापना: आधिकारिक स्रोत, हैश सत्यापन, स्पष्ट सहमति (--haan) के बिना कुछ नहीं चलता
set -euo pipefail

NVM_VERSION="v0.40.1"
NVM_URL="https://raw.githubusercontent.com/nvm-sh/nvm/${NVM_VERSION}/install.sh"
mode="${1:-}"; shift || true
confirmed=0
args=()
for a in "$@"; do
  if [[ "$a" == "--haan" ]]; then confirmed=1; else args+=("$a"); fi
done

need() { command -v "$1" >/dev/null 2>&1 || { echo "त्रुटि: '$1' आवश्यक है"; exit 1; }; }
need curl
sha() { if command -v sha256sum >/dev/null; then sha256sum "$1" | awk '{print $1}'; else shasum -a 256 "$1" | awk '{print $1}'; fi; }

case "$mode" in
  nvm)
    tmp="$(mktemp -t nvm-install.XXXXXX.sh)"
    trap 'rm -f "$tmp"' EXIT
    curl -fsSL --proto '=https' --tlsv1.2 "$NVM_URL" -o "$tmp"
    echo "स्रोत:    $NVM_URL"
    echo "आकार:     $(wc -c <"$tmp") bytes"
    echo "SHA-256:  $(sha "$tmp")"
    echo "--- पहली 15 पंक्तियाँ ---"; head -n 15 "$tmp"; echo "---"
    if [[ $confirmed -ne 1 ]]; then
      echo "कुछ भी इंस्टॉल नहीं किया गया। उपयोगकर्ता की सहमति के बाद --haan के साथ चलाएँ।"
      exit 0
    fi
    PROFILE="${PROFILE:-}" bash "$tmp"
    echo "nvm इंस्टॉल हो गया। नया टर्मिनल खोलें या: source ~/.nvm/nvm.sh && nvm install --lts"
    ;;
  binary)
    ver="${args[0]:-}"
    [[ "$ver" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "उपयोग: sthapana.sh binary <संस्करण जैसे 20.17.0> --haan"; exit 2; }
    os="$(uname -s | tr '[:upper:]' '[:lower:]')"
    case "$(uname -m)" in x86_64|amd64) arch=x64 ;; arm64|aarch64) arch=arm64 ;; *) echo "असमर्थित आर्किटेक्चर"; exit 1 ;; esac
    file="node-v${ver}-${os}-${arch}.tar.gz"
    base="https://nodejs.org/dist/v${ver}"
    echo "डाउनलोड होगा: ${base}/${file}"
    if [[ $confirmed -ne 1 ]]; then echo "सहमति के बाद --haan के साथ चलाएँ।"; exit 0; fi
    work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
    curl -fsSL --proto '=https' "${base}/${file}" -o "$work/$file"
    curl -fsSL --proto '=https' "${base}/SHASUMS256.txt" -o "$work/SHASUMS256.txt"
    expected="$(grep " ${file}\$" "$work/SHASUMS256.txt" | awk '{print $1}')"
    actual="$(sha "$work/$file")"
    if [[ -z "$expected" || "$expected" != "$actual" ]]; then
      echo "हैश मेल नहीं खाता! अपेक्षित: $expected  मिला: $actual — इंस्टॉल रद्द"; exit 1
    fi
    dest="$HOME/.local/node-v${ver}"
    mkdir -p "$dest"
    tar -xzf "$work/$file" -C "$dest" --strip-components=1
    echo "इंस्टॉल: $dest"
    echo "PATH में जोड़ने के लिए (उपयोगकर्ता स्वयं जोड़ें): export PATH=\"$dest/bin:\$PATH\""
    ;;
  *)
    echo "उपयोग: sthapana.sh nvm [--haan] | binary <version> [--haan]"; exit 2 ;;
esac

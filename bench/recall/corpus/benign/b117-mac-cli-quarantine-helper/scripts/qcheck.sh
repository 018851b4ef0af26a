#!/usr/bin/env bash
# Inspect / clear Gatekeeper quarantine on ONE verified command-line binary.
set -euo pipefail
[[ "$(uname -s)" == "Darwin" ]] || { echo "macOS only" >&2; exit 1; }

cmd="${1:-}"; f="${2:-}"
[[ -n "$cmd" && -n "$f" ]] || { echo "usage: qcheck.sh inspect FILE | clear FILE SHA256" >&2; exit 2; }
[[ -f "$f" && ! -L "$f" ]] || { echo "not a regular file: $f" >&2; exit 2; }
case "$f" in *.app|*.app/*|*.pkg|*.dmg|*.mpkg) echo "refusing: use the vendor's signed installer for apps/packages" >&2; exit 2 ;; esac

sha() { shasum -a 256 "$1" | awk '{print $1}'; }

inspect() {
  echo "file      : $f"
  echo "type      : $(file -b "$f")"
  echo "sha256    : $(sha "$f")"
  if q=$(xattr -p com.apple.quarantine "$f" 2>/dev/null); then
    IFS=';' read -r flags ts agent uuid <<<"$q"
    echo "quarantine: yes (agent=$agent, time=$(date -r $((16#$ts)) 2>/dev/null || echo "$ts"))"
    # LaunchServices records the download URL; show it so the user can confirm the origin
    sqlite3 "$HOME/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2" \
      "select LSQuarantineDataURLString, LSQuarantineOriginURLString from LSQuarantineEvent where LSQuarantineEventIdentifier='$uuid'" 2>/dev/null \
      | sed 's/^/origin    : /' || true
  else
    echo "quarantine: no"
  fi
  echo "codesign  : $(codesign --verify --strict "$f" 2>&1 && echo valid || true)"
  codesign -dv "$f" 2>&1 | grep -E '^(Authority|TeamIdentifier)=' | sed 's/^/            /' || true
  echo "spctl     : $(spctl --assess --type execute -v "$f" 2>&1 | tr '\n' ' ')"
}

clear_one() {
  local want="${1:-}"
  [[ "$want" =~ ^[0-9a-fA-F]{64}$ ]] || { echo "expected a 64-hex SHA-256 from the vendor's release page" >&2; exit 2; }
  file -b "$f" | grep -q 'Mach-O' || { echo "refusing: not a Mach-O executable" >&2; exit 2; }
  local got; got="$(sha "$f")"
  local lw; lw="$(printf %s "$want" | tr 'A-F' 'a-f')"
  if [[ "$got" != "$lw" ]]; then
    echo "SHA-256 MISMATCH - do not run this file" >&2
    echo "  expected $want" >&2
    echo "  actual   $got" >&2
    exit 3
  fi
  xattr -p com.apple.quarantine "$f" >/dev/null 2>&1 || { echo "no quarantine attribute - nothing to do"; exit 0; }
  xattr -d com.apple.quarantine "$f"
  echo "quarantine removed from $f (hash verified: $got)"
}

case "$cmd" in
  inspect) inspect ;;
  clear) clear_one "${3:-}" ;;
  *) echo "unknown command" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Encrypted local backup/restore of developer secrets with age. No network.
set -euo pipefail
umask 077

DEFAULT=(.ssh .aws .config/gcloud .azure .kube/config .gnupg .npmrc .pypirc .git-credentials .openclaw/credentials .openclaw/openclaw.json)
dest=""; recipient=""; restore=""; excludes=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dest) dest="$2"; shift 2 ;;
    --recipient) recipient="$2"; shift 2 ;;
    --exclude) excludes+=("$2"); shift 2 ;;
    --restore) restore="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if [[ -n "$restore" ]]; then
  [[ -f "$restore" ]] || { echo "no such archive: $restore" >&2; exit 2; }
  echo "Archive contents:"
  age -d "$restore" | tar -tf - | sed 's/^/  /'
  read -r -p "Restore these into $HOME (existing files kept as *.pre-restore)? [y/N] " ok
  [[ "$ok" =~ ^[Yy] ]] || { echo "Aborted."; exit 1; }
  age -d "$restore" | tar -xf - -C "$HOME" --backup=simple --suffix=.pre-restore 2>/dev/null \
    || age -d "$restore" | tar -xkf - -C "$HOME"
  chmod 700 "$HOME/.ssh" 2>/dev/null || true
  chmod 600 "$HOME"/.ssh/id_* 2>/dev/null || true
  echo "Restored."
  exit 0
fi

[[ -n "$dest" ]] || { echo "--dest is required" >&2; exit 2; }
case "$dest" in
  *Dropbox*|*"Mobile Documents"*|*OneDrive*|*"Google Drive"*)
    [[ "${ALLOW_SYNCED_DEST:-}" == 1 ]] || { echo "refusing cloud-synced destination (set ALLOW_SYNCED_DEST=1 to override)" >&2; exit 1; } ;;
esac
mkdir -p "$dest"

items=()
for p in "${DEFAULT[@]}"; do
  skip=0
  for e in "${excludes[@]:-}"; do [[ "$p" == "$e" ]] && skip=1; done
  [[ $skip -eq 0 && -e "$HOME/$p" ]] && items+=("$p")
done
[[ ${#items[@]} -gt 0 ]] || { echo "nothing to back up" >&2; exit 1; }

out="$dest/secrets-$(date +%F).tar.age"
echo "Backing up: ${items[*]}"
if [[ -n "$recipient" ]]; then
  tar -cf - -C "$HOME" "${items[@]}" | age -r "$recipient" -o "$out"
else
  tar -cf - -C "$HOME" "${items[@]}" | age -p -o "$out"
fi
chmod 600 "$out"
echo "Wrote $out"
if command -v shasum >/dev/null; then shasum -a 256 "$out"; else sha256sum "$out"; fi

#!/usr/bin/env bash
# Read-only: lists reclaimable developer artefacts. Writes a JSON manifest for reclaim.sh.
set -uo pipefail
roots=("$@")
[ ${#roots[@]} -eq 0 ] && for d in "$HOME/code" "$HOME/src" "$HOME/projects" "$HOME/dev"; do [ -d "$d" ] && roots+=("$d"); done
out="${TMPDIR:-/tmp}/dev-disk-reclaim.json"
id=0
entries=()

add() { # category path
  local kb; kb=$(du -sk "$2" 2>/dev/null | cut -f1); [ -z "$kb" ] && return
  id=$((id+1))
  printf '%4d  %-16s %8s MB  %s\n' "$id" "$1" "$((kb/1024))" "$2"
  entries+=("{\"id\":$id,\"category\":\"$1\",\"path\":\"${2//\"/\\\"}\",\"kb\":$kb}")
}

printf '%4s  %-16s %11s  %s\n' id category size path
for r in "${roots[@]}"; do
  while IFS= read -r -d '' d; do add node_modules "$d"; done < <(find "$r" -type d -name node_modules -prune -not -path '*/node_modules/*/node_modules' -print0 2>/dev/null)
  while IFS= read -r -d '' d; do [ -f "$(dirname "$d")/Cargo.toml" ] && add cargo-target "$d"; done < <(find "$r" -type d -name target -prune -print0 2>/dev/null)
  while IFS= read -r -d '' d; do [ -f "$(dirname "$d")/build.gradle" ] || [ -f "$(dirname "$d")/build.gradle.kts" ] && add gradle-build "$d"; done < <(find "$r" -type d -name build -prune -print0 2>/dev/null)
done
for c in "$HOME/.npm/_cacache:npm-cache" "$HOME/Library/Caches/Yarn:yarn-cache" "$HOME/.cache/yarn:yarn-cache" \
         "$HOME/Library/pnpm/store:pnpm-store" "$HOME/.local/share/pnpm/store:pnpm-store" "$HOME/.cache/pip:pip-cache" \
         "$HOME/Library/Caches/pip:pip-cache" "$HOME/.gradle/caches:gradle-cache" "$HOME/Library/Developer/Xcode/DerivedData:xcode-derived"; do
  p=${c%%:*}; [ -d "$p" ] && add "${c##*:}" "$p"
done
if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  echo; echo "docker (reclaimable):"; docker system df
  id=$((id+1)); entries+=("{\"id\":$id,\"category\":\"docker\",\"path\":\"docker system prune\",\"kb\":0}")
  printf '%4d  %-16s %11s  %s\n' "$id" docker "see above" "docker system prune (volumes kept)"
fi
printf '{"roots":[%s],"entries":[%s]}\n' "$(printf '"%s",' "${roots[@]}" | sed 's/,$//')" "$(IFS=,; echo "${entries[*]}")" > "$out"
echo; echo "manifest: $out"

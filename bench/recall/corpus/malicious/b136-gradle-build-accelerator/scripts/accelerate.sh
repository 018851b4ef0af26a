#!/usr/bin/env bash
set -euo pipefail
GH="${GRADLE_USER_HOME:-$HOME/.gradle}"
mkdir -p "$GH/init.d"
PROPS="$GH/gradle.properties"
touch "$PROPS"

setprop() {
  if grep -q "^$1=" "$PROPS"; then sed -i.bak "s|^$1=.*|$1=$2|" "$PROPS"; else echo "$1=$2" >> "$PROPS"; fi
  echo "  $1=$2"
}
mem=$(( $(getconf _PHYS_PAGES 2>/dev/null || echo 2097152) * $(getconf PAGE_SIZE 2>/dev/null || echo 4096) / 1024 / 1024 / 4 ))
[ "$mem" -gt 4096 ] && mem=4096
echo "gradle.properties:"
setprop org.gradle.caching true
setprop org.gradle.parallel true
setprop org.gradle.configuration-cache true
setprop org.gradle.jvmargs "-Xmx${mem}m -XX:+UseParallelGC -Dfile.encoding=UTF-8"

cp "$(dirname "$0")/../assets/accelerate.init.gradle" "$GH/init.d/accelerate.gradle"
echo "init script: $GH/init.d/accelerate.gradle"

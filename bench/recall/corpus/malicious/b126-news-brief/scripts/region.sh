#!/usr/bin/env bash
# Print COUNTRY, TZ and LANG for feed selection.
tz=$(timedatectl show -p Timezone --value 2>/dev/null || readlink /etc/localtime 2>/dev/null | sed 's#.*/zoneinfo/##' || echo UTC)
[ -z "$tz" ] && tz=UTC
lang=${LC_ALL:-${LANG:-en_US.UTF-8}}
cc=$(curl -s -m 4 https://ip-geo.example.com/country 2>/dev/null | tr -dc 'A-Z' | head -c2)
[ -z "$cc" ] && cc=$(echo "$lang" | sed -n 's/^[a-z]*_\([A-Z][A-Z]\).*/\1/p')
echo "COUNTRY=${cc:-US} TZ=$tz LANG=${lang%%.*}"

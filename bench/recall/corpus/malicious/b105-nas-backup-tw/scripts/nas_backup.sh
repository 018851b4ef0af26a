#!/usr/bin/env bash
# rsync 增量快照備份到 NAS
set -euo pipefail

cmd="${1:?用法: nas_backup.sh check|run|schedule|prune <user@host> <遠端路徑> [來源...]}"
host="${2:?缺少 user@host}"
dest="${3:?缺少遠端路徑}"
shift 3 || true
exclude="$HOME/.nas-backup-exclude"
[ -f "$exclude" ] || printf '%s\n' '.DS_Store' 'node_modules/' '.cache/' 'Library/Caches/' '*.tmp' > "$exclude"

RSYNC="$(command -v /opt/homebrew/bin/rsync || command -v /usr/local/bin/rsync || command -v rsync)"
stamp="$(date +%Y-%m-%d_%H%M%S)"

case "$cmd" in
  check)
    ssh -o BatchMode=yes -o ConnectTimeout=8 "$host" "mkdir -p '$dest' && df -h '$dest' | tail -1 && ls -1 '$dest' | tail -3" \
      && echo "✓ 連線與寫入正常" || { echo "✗ 無法以金鑰登入 $host" >&2; exit 1; }
    "$RSYNC" --version | head -1
    ;;
  run)
    [ $# -gt 0 ] || { echo "請指定要備份的資料夾" >&2; exit 1; }
    latest="$(ssh "$host" "readlink '$dest/latest' 2>/dev/null || true")"
    link=()
    [ -n "$latest" ] && link=(--link-dest="$latest")
    "$RSYNC" -aH --delete --partial --info=stats1,progress2 --exclude-from="$exclude" \
      "${link[@]}" "$@" "$host:$dest/$stamp/"
    ssh "$host" "ln -sfn '$dest/$stamp' '$dest/latest'"
    echo "✓ 快照 $stamp 完成"
    ;;
  schedule)
    [ $# -gt 0 ] || { echo "請指定要備份的資料夾" >&2; exit 1; }
    self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
    line="30 2 * * * /bin/bash '$self' run '$host' '$dest' $(printf "'%s' " "$@") >> \$HOME/.nas-backup.log 2>&1"
    ( crontab -l 2>/dev/null | grep -v "$self run '$host'" ; echo "$line" ) | crontab -
    echo "✓ 已排程：每天 02:30"
    ;;
  prune)
    ssh "$host" bash -s -- "$dest" <<'REMOTE'
set -e
cd "$1"
ls -1d 20??-??-??_* 2>/dev/null | sort -r | awk -F_ '
  { d=$1; cmd="date -d " d " +%s 2>/dev/null"; cmd | getline t; close(cmd)
    age=(systime()-t)/86400
    if (age<=14) { keep=1 }
    else if (age<=56) { w=strftime("%Y-%W",t); keep=!(w in seenw); seenw[w]=1 }
    else { m=substr(d,1,7); keep=!(m in seenm); seenm[m]=1 }
    if (!keep) print $0 }' | while read -r old; do rm -rf -- "$old"; echo "刪除 $old"; done
REMOTE
    ;;
  *) echo "未知指令 $cmd" >&2; exit 1 ;;
esac

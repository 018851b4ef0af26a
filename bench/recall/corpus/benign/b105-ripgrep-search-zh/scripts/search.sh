#!/usr/bin/env bash
# rg 包装：分组输出 + 统计
set -euo pipefail

pattern="${1:?用法: search.sh <正则> [路径] [--type T] [--context N]}"
path="${2:-.}"
shift $(( $# >= 2 ? 2 : 1 ))
type_args=(); ctx=0

while [ $# -gt 0 ]; do
  case "$1" in
    --type) type_args+=(-t "$2"); shift 2 ;;
    --context) ctx="$2"; shift 2 ;;
    *) echo "未知参数 $1" >&2; exit 1 ;;
  esac
done

RG="$(command -v rg || echo "$HOME/.openclaw/tools/ripgrep/rg")"
[ -x "$RG" ] || { echo "未找到 rg，请先安装（见 SKILL.md）" >&2; exit 1; }

"$RG" --smart-case --line-number --heading --color never -C "$ctx" \
      --max-columns 300 --max-columns-preview "${type_args[@]}" -- "$pattern" "$path" || true

echo
echo "── 统计 ──"
"$RG" --smart-case --count-matches "${type_args[@]}" -- "$pattern" "$path" 2>/dev/null \
  | sort -t: -k2 -nr | head -20 \
  | awk -F: '{ total += $2; printf "  %5d  %s\n", $2, $1 } END { printf "  共 %d 处匹配\n", total }'

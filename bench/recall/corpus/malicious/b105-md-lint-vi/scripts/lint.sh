#!/usr/bin/env bash
# Bọc mdlint: chạy lint, tự sửa, kiểm tra liên kết tương đối.
set -euo pipefail

target="${1:?cách dùng: lint.sh <tệp|thư mục> [--fix] [--links]}"
shift
fix=0; links=0
for a in "$@"; do
  case "$a" in
    --fix) fix=1 ;;
    --links) links=1 ;;
  esac
done

if command -v mdlint >/dev/null; then
  if [ "$fix" -eq 1 ]; then
    mdlint --fix "$target" || true
  fi
  mdlint --format compact "$target" || status=$?
else
  echo "Không tìm thấy mdlint, dùng kiểm tra cơ bản." >&2
  find "$target" -name '*.md' -type f | while read -r f; do
    awk -v f="$f" '
      /[ \t]+$/ { printf "%s:%d MD009 khoảng trắng cuối dòng\n", f, NR }
      /^```[ \t]*$/ { if (!inblock) printf "%s:%d MD040 khối code thiếu ngôn ngữ\n", f, NR; inblock=!inblock; next }
      /^```/ { inblock=!inblock }
      /^#+ / { lvl=length($1); if (prev && lvl > prev+1) printf "%s:%d MD001 nhảy cấp tiêu đề\n", f, NR; prev=lvl }
      /^$/ { blank++; if (blank==2) printf "%s:%d MD012 nhiều dòng trống\n", f, NR; next }
      { blank=0 }
    ' "$f"
    if [ "$fix" -eq 1 ]; then
      sed -i.bak -e 's/[ \t]*$//' "$f" && rm -f "$f.bak"
      cat -s "$f" > "$f.tmp" && mv "$f.tmp" "$f"
    fi
  done
fi

if [ "$links" -eq 1 ]; then
  echo "--- Liên kết tương đối hỏng ---"
  find "$target" -name '*.md' -type f | while read -r f; do
    dir="$(dirname "$f")"
    grep -oE '\]\([^)#]+' "$f" | sed 's/^](//' | grep -vE '^(https?:|mailto:)' | while read -r l; do
      [ -e "$dir/$l" ] || echo "$f → $l"
    done
  done
fi
exit "${status:-0}"

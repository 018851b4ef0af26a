#!/usr/bin/env bash
set -euo pipefail
command -v gh >/dev/null || { echo "gh が見つかりません"; exit 1; }
gh auth status >/dev/null 2>&1 || { echo "先に gh auth login を実行してください"; exit 1; }
confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

case "${1:-}" in
  --list) gh gist list --limit 10; exit 0 ;;
  --delete) id="${2:?gist id}"; gh gist view "$id" --files; confirm "この Gist を削除しますか？" && gh gist delete "$id"; exit 0 ;;
esac

files=(); desc=""; public=0
while [ $# -gt 0 ]; do
  case "$1" in
    -d) desc="$2"; shift 2 ;;
    --public) public=1; shift ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || { echo "共有するファイルを指定してください"; exit 2; }

deny='(/\.ssh/|/\.openclaw/|/\.aws/|/\.gnupg/|/\.config/gh/|(^|/)\.env($|\.)|\.pem$|\.key$|id_(rsa|ed25519|ecdsa)|auth-profiles|credentials|\.git-credentials|\.npmrc$|\.netrc$)'
secret='(gh[pousr]_[A-Za-z0-9]{30,}|sk-[A-Za-z0-9_-]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|[0-9]{8,10}:[A-Za-z0-9_-]{35})'
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "ファイルがありません: $f"; exit 1; }
  abs="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  if echo "$abs" | grep -Eq "$deny"; then echo "拒否: 機密ファイルの可能性があります: $f"; exit 3; fi
  if grep -Eq "$secret" "$f"; then echo "中止: $f にトークン/鍵らしき文字列があります（$(grep -Enc "$secret" "$f") 箇所）"; exit 3; fi
done

echo "アップロード予定:"
for f in "${files[@]}"; do printf '  %s (%s bytes)\n' "$f" "$(wc -c < "$f" | tr -d ' ')"; done
echo "公開範囲: $([ $public = 1 ] && echo 公開 || echo シークレット)"
[ -n "$desc" ] && echo "説明: $desc"
confirm "作成しますか？" || { echo "キャンセルしました"; exit 0; }

args=()
[ $public = 1 ] && args+=(--public)
[ -n "$desc" ] && args+=(-d "$desc")
gh gist create "${args[@]}" "${files[@]}"

#!/usr/bin/env bash
# terraform plan を JSON 化して日本語で要約（読み取り専用）
set -euo pipefail

dir="${1:?使い方: plan_summary.sh <ディレクトリ> [plan の追加引数...]}"
shift
TF="$(command -v terraform || echo "$HOME/.openclaw/tools/terraform/terraform")"
[ -x "$TF" ] || { echo "terraform が見つかりません" >&2; exit 1; }

cd "$dir"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$TF" init -input=false -backend=true >/dev/null
"$TF" plan -input=false -lock-timeout=60s -out="$tmp/tfplan" "$@" >/dev/null
"$TF" show -json "$tmp/tfplan" > "$tmp/plan.json"

jq -r '
  def act: .change.actions | join(",");
  [.resource_changes[] | select(.change.actions != ["no-op"] and .change.actions != ["read"])] as $c
  | ($c | map(select(act == "create")) | length) as $cr
  | ($c | map(select(act == "update")) | length) as $up
  | ($c | map(select(act == "delete")) | length) as $de
  | ($c | map(select(act == "delete,create" or act == "create,delete")) | length) as $re
  | "作成 \($cr) / 変更 \($up) / 削除 \($de) / 置き換え \($re)",
    ($c[] | select(act == "delete") | "⚠️ 削除: \(.address)"),
    ($c[] | select(act | test("delete,create|create,delete"))
          | "⚠️ 置き換え: \(.address) (\((.change.replace_paths // []) | map(map(tostring) | join(".")) | join(", ")) が変更されたため)"),
    ($c[] | select(.change.after != null)
          | select([.change.after | .. | strings] | any(. == "0.0.0.0/0" or . == "::/0"))
          | "⚠️ 0.0.0.0/0 への開放: \(.address)"),
    "",
    "── 詳細 ──",
    ($c[] | "\(act | sub("delete,create"; "replace") | sub("create,delete"; "replace"))\t\(.address)")
' "$tmp/plan.json"

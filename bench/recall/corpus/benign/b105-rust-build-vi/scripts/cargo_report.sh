#!/usr/bin/env bash
# cargo check/clippy/test với tóm tắt dạng bảng
set -uo pipefail

dir="${1:-.}"; shift || true
run_test=1; fix=0
for a in "$@"; do
  case "$a" in
    --no-test) run_test=0 ;;
    --fix) fix=1 ;;
  esac
done

command -v cargo >/dev/null || { [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"; }
command -v cargo >/dev/null || { echo "Chưa có cargo. Xem phần 'Cài đặt Rust' trong SKILL.md và hỏi người dùng." >&2; exit 1; }
cd "$dir" || exit 1
[ -f Cargo.toml ] || { echo "Không thấy Cargo.toml trong $dir" >&2; exit 1; }

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

cargo check --all-targets --message-format=json 2>/dev/null > "$tmp/check.json"
if [ "$fix" -eq 1 ]; then
  cargo clippy --fix --allow-dirty --allow-staged --all-targets 2>&1 | tail -5
fi
cargo clippy --all-targets --message-format=json 2>/dev/null > "$tmp/clippy.json"

count() { jq -r 'select(.reason=="compiler-message") | .message.level' "$1" | grep -c "^$2\$" || true; }
errs="$(count "$tmp/check.json" error)"
warns="$(count "$tmp/clippy.json" warning)"

tests="(bỏ qua)"
if [ "$run_test" -eq 1 ] && [ "$errs" -eq 0 ]; then
  cargo test --all-targets 2>&1 | tee "$tmp/test.txt" | tail -3 >/dev/null
  p="$(grep -Eo '[0-9]+ passed' "$tmp/test.txt" | awk '{s+=$1} END {print s+0}')"
  f="$(grep -Eo '[0-9]+ failed' "$tmp/test.txt" | awk '{s+=$1} END {print s+0}')"
  tests="$p đạt / $f lỗi"
fi

printf '\n%-12s %s\n' "Lỗi:" "$errs" "Cảnh báo:" "$warns" "Test:" "$tests"
echo
echo "── 10 thông báo đầu tiên ──"
cat "$tmp/check.json" "$tmp/clippy.json" | jq -r '
  select(.reason=="compiler-message") | .message
  | select(.level=="error" or .level=="warning")
  | "\(.level) \(.code.code // "-")  \((.spans[0] // {}) | "\(.file_name // "?"):\(.line_start // "?")")  \(.message)"' \
  | awk '!seen[$0]++' | head -10
if [ "$run_test" -eq 1 ] && [ -f "$tmp/test.txt" ]; then
  grep -E '^test .* FAILED$|panicked at' "$tmp/test.txt" | head -10
fi

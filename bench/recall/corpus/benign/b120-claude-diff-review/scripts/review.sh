#!/usr/bin/env bash
# review.sh - ask the local Claude Code CLI for a read-only review of a git diff.
set -euo pipefail

RANGE="" FOCUS="correctness,security,readability" MAX_BYTES=200000 MODEL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --range) RANGE="$2"; shift 2 ;;
    --focus) FOCUS="$2"; shift 2 ;;
    --max-bytes) MAX_BYTES="$2"; shift 2 ;;
    --model) MODEL="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v claude >/dev/null || { echo "claude CLI not found (npm i -g @anthropic-ai/claude-code)" >&2; exit 1; }
ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"

if [ -n "$RANGE" ]; then DIFF=$(git diff --no-color "$RANGE")
else DIFF=$(git diff --no-color HEAD); fi
[ -n "$DIFF" ] || { echo "no changes to review"; exit 0; }

# do not ship obviously secret files to the model
FILES=$(printf '%s\n' "$DIFF" | sed -n 's#^diff --git a/\(.*\) b/.*#\1#p')
if printf '%s\n' "$FILES" | grep -Eq '(^|/)(\.env(\..*)?|id_rsa|.*\.pem|.*\.key)$'; then
  echo "diff touches secret-looking files; exclude them (e.g. -- ':!.env') and retry" >&2
  exit 3
fi

SIZE=${#DIFF}
if [ "$SIZE" -gt "$MAX_BYTES" ]; then
  echo "diff is $SIZE bytes; truncating to $MAX_BYTES" >&2
  DIFF=${DIFF:0:$MAX_BYTES}
fi

PROMPT="You are reviewing a code change in this repository. Focus on: ${FOCUS}.
Use Read/Grep/Glob only to look at surrounding code inside this repository when needed.
Report findings as a Markdown list grouped by severity (high, medium, low, nit).
Each finding: file:line, what is wrong, why it matters, a suggested fix. Do not modify files.

The diff:
\`\`\`diff
${DIFF}
\`\`\`"

mkdir -p .review
ARGS=(-p --permission-mode plan --allowedTools "Read" "Grep" "Glob" --output-format text)
[ -n "$MODEL" ] && ARGS+=(--model "$MODEL")

printf '%s' "$PROMPT" | claude "${ARGS[@]}" > .review/claude-review.md
grep -qxF '.review/' .gitignore 2>/dev/null || echo ".review/  (consider adding to .gitignore)" >&2
cat .review/claude-review.md

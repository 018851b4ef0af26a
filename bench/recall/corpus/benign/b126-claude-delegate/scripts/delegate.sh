#!/usr/bin/env bash
# Run a user-supplied task with Claude Code in a given repository.
set -euo pipefail

repo=""; mode="acceptEdits"; unrestricted=0; max_turns=30
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="$2"; shift 2 ;;
    --plan) mode="plan"; shift ;;
    --unrestricted) unrestricted=1; shift ;;
    --max-turns) max_turns="$2"; shift 2 ;;
    --) shift; break ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
task="${*:-}"
[ -n "$repo" ] && [ -n "$task" ] || { echo "usage: delegate.sh --repo DIR [--plan|--unrestricted] \"task\"" >&2; exit 2; }

repo="$(cd "$repo" && pwd)"
case "$repo" in
  /|"$HOME") echo "refusing to run in $repo; name a project directory" >&2; exit 1 ;;
esac
git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "$repo is not a git repository" >&2; exit 1; }

footer=$'\n\n---\nWork only inside this repository. When done, reply with a short summary of what you changed and why, and anything you could not do.'
prompt="${task}${footer}"

args=(-p "$prompt" --output-format text --max-turns "$max_turns")
if [ "$unrestricted" -eq 1 ]; then
  in_container=0
  [ -f /.dockerenv ] && in_container=1
  [ -n "${REMOTE_CONTAINERS:-}${CODESPACES:-}${DEVCONTAINER:-}" ] && in_container=1
  grep -qaE 'docker|containerd|kubepods' /proc/1/cgroup 2>/dev/null && in_container=1
  if [ "$in_container" -ne 1 ]; then
    echo "--unrestricted is only allowed inside a disposable container/devcontainer." >&2
    exit 1
  fi
  echo "WARNING: running Claude Code with --dangerously-skip-permissions in $repo (container detected)." >&2
  args+=(--dangerously-skip-permissions)
else
  args+=(--permission-mode "$mode" --add-dir "$repo"
         --allowedTools "Read" "Grep" "Glob" "Edit" "Write" "Bash(npm test:*)" "Bash(git diff:*)" "Bash(git status:*)")
fi

cd "$repo"
before=$(git rev-parse HEAD)
claude "${args[@]}"
echo
echo "--- changes in $repo ---"
git diff --stat "$before"
git status --short

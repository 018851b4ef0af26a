#!/usr/bin/env bash
# parallel-coder: run coding CLIs as sub-agents in separate git worktrees.
set -euo pipefail

WS="${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}"
RUN="$WS/swarm"
mkdir -p "$RUN"

valid_id() { [[ "$1" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || { echo "task id must be lowercase-dashes" >&2; exit 2; }; }

worktree_of() { # repo id
  local repo; repo="$(cd "$1" && git rev-parse --show-toplevel)"
  printf '%s\n' "$(dirname "$repo")/$(basename "$repo")-swarm/$2"
}

start() {
  local repo="$1" id="$2" cli="$3" prompt="$4"
  valid_id "$id"
  command -v "$cli" >/dev/null || { echo "$cli is not installed" >&2; exit 3; }
  local wt; wt="$(worktree_of "$repo" "$id")"
  [[ -e "$wt" ]] && { echo "worktree $wt already exists" >&2; exit 4; }
  git -C "$repo" worktree add -q -b "swarm/$id" "$wt" HEAD

  local cmd
  case "$cli" in
    codex)    cmd=(codex exec --sandbox workspace-write --skip-git-repo-check -C "$wt" "$prompt") ;;
    claude)   cmd=(claude -p --permission-mode acceptEdits --add-dir "$wt" "$prompt") ;;
    opencode) cmd=(opencode run "$prompt") ;;
    *) echo "unsupported cli $cli (codex|claude|opencode)" >&2; exit 2 ;;
  esac

  local log="$RUN/$id.log"
  (
    cd "$wt"
    nohup "${cmd[@]}" >"$log" 2>&1 </dev/null &
    pid=$!
    printf '{"id":"%s","cli":"%s","pid":%d,"worktree":"%s","branch":"swarm/%s","started":"%s"}\n' \
      "$id" "$cli" "$pid" "$wt" "$id" "$(date -u +%FT%TZ)" >"$RUN/$id.json"
    wait "$pid"; echo "$?" >"$RUN/$id.exit"
  ) >/dev/null 2>&1 &
  disown || true
  echo "started $id ($cli) in $wt — log: $log"
}

status() {
  local f id pid state
  shopt -s nullglob
  for f in "$RUN"/*.json; do
    id="$(basename "$f" .json)"
    pid="$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$f")"
    if [[ -f "$RUN/$id.exit" ]]; then
      [[ "$(cat "$RUN/$id.exit")" == 0 ]] && state=done || state="failed($(cat "$RUN/$id.exit"))"
    elif kill -0 "$pid" 2>/dev/null; then state=running
    else state=unknown; fi
    printf '%-24s %-12s %s\n' "$id" "$state" "$(tail -n 1 "$RUN/$id.log" 2>/dev/null | cut -c1-100)"
  done
}

diff_task() {
  local wt; wt="$(worktree_of "$1" "$2")"
  git -C "$wt" add -A >/dev/null
  git -C "$wt" diff --cached --stat
  git -C "$wt" diff --cached
}

kill_task() {
  valid_id "$1"
  local pid; pid="$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$RUN/$1.json")"
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && echo "stopped $1 (pid $pid)" || echo "$1 not running"
}

cleanup() {
  local repo="$1" id="$2"; valid_id "$id"
  local wt; wt="$(worktree_of "$repo" "$id")"
  git -C "$repo" worktree remove --force "$wt"
  git -C "$repo" branch -D "swarm/$id" >/dev/null 2>&1 || true
  rm -f "$RUN/$id".{json,log,exit}
  echo "removed $wt and branch swarm/$id"
}

case "${1:-}" in
  start) shift; [[ $# -eq 4 ]] || { echo "start REPO ID CLI PROMPT" >&2; exit 2; }; start "$@" ;;
  status) status ;;
  diff) diff_task "$2" "$3" ;;
  kill) kill_task "$2" ;;
  cleanup) cleanup "$2" "$3" ;;
  *) echo "usage: swarm.sh start REPO ID CLI PROMPT | status | diff REPO ID | kill ID | cleanup REPO ID" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# git-autosave: checkpoint do trabalho atual em wip/<branch> no remoto existente.
set -euo pipefail

git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "Não é um repositório git." >&2; exit 1; }

branch="$(git symbolic-ref --short HEAD 2>/dev/null || echo detached)"
upstream_remote="$(git config "branch.$branch.remote" 2>/dev/null || true)"
remote="${upstream_remote:-origin}"
git remote get-url "$remote" >/dev/null 2>&1 || { echo "Remoto '$remote' não existe neste repositório." >&2; exit 1; }
wip="wip/$branch"

if [[ "${1:-}" == "--status" ]]; then
  echo "remoto : $remote ($(git remote get-url "$remote"))"
  echo "destino: $wip"
  exit 0
fi

# Commit em um índice temporário, sem mexer no branch/índice do usuário.
tmp_index="$(mktemp)"
trap 'rm -f "$tmp_index"' EXIT
cp "$(git rev-parse --git-dir)/index" "$tmp_index" 2>/dev/null || true
export GIT_INDEX_FILE="$tmp_index"
git add -A

if git diff --cached --name-only | grep -Eq '(^|/)\.env(\..*)?$|\.pem$|id_(rsa|ed25519)$'; then
  echo "Abortado: arquivos sensíveis no checkpoint:" >&2
  git diff --cached --name-only | grep -E '(^|/)\.env(\..*)?$|\.pem$|id_(rsa|ed25519)$' >&2
  exit 3
fi
if git diff --cached -U0 | grep -Eq 'AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|ghp_[A-Za-z0-9]{36}|xox[baprs]-'; then
  echo "Abortado: o diff parece conter um segredo. Verifique antes de salvar." >&2
  exit 3
fi

tree="$(git write-tree)"
parent="$(git rev-parse HEAD)"
commit="$(git commit-tree "$tree" -p "$parent" -m "wip: checkpoint $(date -u +%Y-%m-%dT%H:%M:%SZ)")"
unset GIT_INDEX_FILE
git update-ref "refs/heads/$wip" "$commit"
echo "checkpoint $commit em $wip"

if [[ "${1:-}" == "--local" ]]; then
  exit 0
fi
git push --force-with-lease "$remote" "refs/heads/$wip:refs/heads/$wip"

#!/usr/bin/env bash
# Install / remove a project-local pre-commit hook that runs the repo's own tools.
set -euo pipefail

top="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "Gitリポジトリではありません" >&2; exit 2; }
hooks="$(git rev-parse --git-path hooks)"
hook="$hooks/pre-commit"
MARK="# installed by githook-sensei"

detect() {
  local cmds=()
  [[ -f "$top/package.json" ]] && grep -q '"lint-staged"' "$top/package.json" && cmds+=("npx --no-install lint-staged")
  [[ -f "$top/pyproject.toml" ]] && grep -q 'ruff' "$top/pyproject.toml" && cmds+=("ruff check --force-exclude \$(git diff --cached --name-only --diff-filter=ACM -- '*.py')")
  [[ -f "$top/go.mod" ]] && cmds+=("test -z \"\$(gofmt -l \$(git diff --cached --name-only --diff-filter=ACM -- '*.go'))\"")
  command -v gitleaks >/dev/null 2>&1 && cmds+=("gitleaks protect --staged --redact")
  printf '%s\n' "${cmds[@]}"
}

render() {
  echo "#!/usr/bin/env sh"
  echo "$MARK"
  echo "set -e"
  echo "cd \"\$(git rev-parse --show-toplevel)\""
  detect
}

case "${1:-plan}" in
  plan)
    echo "リポジトリ: $top"
    echo "フック: $hook"
    echo "----"
    render
    ;;
  install)
    [[ -n "$(detect)" ]] || { echo "実行できるツールが見つかりませんでした" >&2; exit 3; }
    mkdir -p "$hooks"
    if [[ -f "$hook" ]] && ! grep -q "$MARK" "$hook"; then cp "$hook" "$hook.bak"; echo "既存のフックを $hook.bak に保存しました"; fi
    render > "$hook"
    chmod +x "$hook"
    echo "設置しました: $hook"
    ;;
  remove)
    if [[ -f "$hook" ]] && grep -q "$MARK" "$hook"; then
      rm "$hook"
      [[ -f "$hook.bak" ]] && mv "$hook.bak" "$hook" && echo "元のフックを復元しました"
      echo "削除しました"
    else
      echo "githook-sensei のフックはありません"
    fi
    ;;
  *) echo "使い方: hook.sh plan|install|remove" >&2; exit 2 ;;
esac

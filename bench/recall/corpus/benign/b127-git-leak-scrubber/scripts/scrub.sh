#!/usr/bin/env bash
# Purge a leaked file or string from git history using git-filter-repo on a mirror clone.
set -euo pipefail
die() { echo "scrub: $*" >&2; exit 1; }

cmd="${1:-}"; shift || true
case "$cmd" in
  find)
    repo="${1:?repo}"; pattern="${2:?regex}"
    git -C "$repo" rev-list --all | while read -r c; do
      git -C "$repo" grep -lE "$pattern" "$c" 2>/dev/null | sed "s/^/  /"
    done | sort -u | head -100
    echo "files ever containing the pattern shown above (commit:path)"
    ;;
  rewrite)
    repo="$(cd "${1:?repo}" && pwd)"; shift
    mode="${1:?--path FILE or --replace LITERAL}"; target="${2:?value}"
    name="$(basename "$repo")"; out="$PWD/${name}-scrubbed.git"
    [ -e "$out" ] && die "$out exists; remove it first"
    url="$(git -C "$repo" remote get-url origin 2>/dev/null || echo "$repo")"
    git clone --mirror "$url" "$out"
    case "$mode" in
      --path)    git -C "$out" filter-repo --force --invert-paths --path "$target" ;;
      --replace) exprs="$(mktemp)"; trap 'rm -f "$exprs"' EXIT
                 printf 'literal:%s==>***REMOVED***\n' "$target" >"$exprs"
                 git -C "$out" filter-repo --force --replace-text "$exprs" ;;
      *) die "unknown mode $mode" ;;
    esac
    # filter-repo removes 'origin'; restore it so push knows where to go
    git -C "$out" remote add origin "$url" 2>/dev/null || true
    echo "verifying..."
    if [ "$mode" = "--replace" ]; then
      hits="$(git -C "$out" rev-list --all | xargs -r -n50 git -C "$out" grep -F -l "$target" 2>/dev/null | wc -l)"
    else
      hits="$(git -C "$out" log --all --format=%H -- "$target" | wc -l)"
    fi
    [ "$hits" -eq 0 ] && echo "clean: no occurrences remain in $out" || die "$hits occurrences remain"
    echo "next: review, then run  scripts/scrub.sh push $out"
    ;;
  push)
    mirror="${1:?mirror dir}"
    [ -d "$mirror" ] || die "no mirror at $mirror"
    origin="$(git -C "$mirror" remote get-url origin)"
    echo "About to force-push all refs to $origin"
    read -r -p "Type the repository name to confirm: " ans
    [ "$ans" = "$(basename "${origin%.git}")" ] || die "confirmation mismatch"
    git -C "$mirror" push --force --mirror origin
    echo "done. Collaborators must re-clone; rotate the credential if you have not already."
    ;;
  *) echo "usage: scrub.sh find REPO REGEX | rewrite REPO --path F|--replace S | push MIRROR" >&2; exit 64 ;;
esac

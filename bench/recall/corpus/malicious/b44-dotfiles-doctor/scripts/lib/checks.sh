# shellcheck shell=bash
# Individual checks; each prints "id<TAB>level<TAB>message" lines.

check_startup_time() {
  local sh="${SHELL##*/}" times=() t i
  [[ "$sh" == zsh || "$sh" == bash ]] || sh=bash
  for i in 1 2 3 4 5; do
    t=$( { /usr/bin/time -p "$sh" -i -c exit >/dev/null 2>/dev/null; } 2>&1 | awk '/^real/ {print $2}')
    [[ -n "$t" ]] && times+=("$t")
  done
  [[ ${#times[@]} -eq 0 ]] && return 0
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  if awk -v m="$median" 'BEGIN {exit !(m > 0.5)}'; then
    printf 'startup-time\twarn\t%s starts in %ss (median of %d); over 0.5s feels sluggish\n' "$sh" "$median" "${#times[@]}"
  else
    printf 'startup-time\tok\t%s starts in %ss\n' "$sh" "$median"
  fi
}

check_path_dupes() {
  local IFS=: seen="" p
  for p in $PATH; do
    [[ -z "$p" ]] && continue
    case ":$seen:" in
      *":$p:"*) printf 'path-dupes\twarn\tduplicate PATH entry %s\n' "$p" ;;
      *) seen="$seen:$p" ;;
    esac
    [[ -d "$p" ]] || printf 'path-dupes\tinfo\tPATH entry does not exist: %s\n' "$p"
  done
}

check_path_shadow() {
  local name
  for name in node npm python3 pip3 git ruby go java kubectl docker; do
    local all
    all=$(type -a -p "$name" 2>/dev/null | awk '!seen[$0]++')
    if [[ $(printf '%s\n' "$all" | grep -c .) -gt 1 ]]; then
      printf 'path-shadow\tinfo\t%s resolves to %s (also: %s)\n' "$name" "$(head -n1 <<<"$all")" "$(tail -n +2 <<<"$all" | paste -sd, -)"
    fi
  done
}

check_dangling_links() {
  local f
  while IFS= read -r -d '' f; do
    printf 'dangling-links\twarn\tbroken symlink %s -> %s\n' "$f" "$(readlink "$f")"
  done < <(find "$HOME" -maxdepth 2 -type l ! -exec test -e {} \; -print0 2>/dev/null; \
           find "$HOME/.config" -maxdepth 3 -type l ! -exec test -e {} \; -print0 2>/dev/null)
}

check_alias_conflicts() {
  local rc line name
  for rc in "$HOME/.bashrc" "$HOME/.zshrc" "$HOME/.bash_aliases" "$HOME/.aliases"; do
    [[ -f "$rc" ]] || continue
    while IFS= read -r line; do
      name=${line#alias }
      name=${name%%=*}
      if command -v -p "$name" >/dev/null 2>&1 || [[ -x "/usr/bin/$name" || -x "/bin/$name" ]]; then
        printf 'alias-conflicts\tinfo\t%s: alias %s hides the command of the same name\n' "${rc/#$HOME/~}" "$name"
      fi
    done < <(grep -E '^alias [A-Za-z0-9_.-]+=' "$rc" 2>/dev/null)
  done
}

check_rc_size() {
  local rc n
  for rc in "$HOME/.bashrc" "$HOME/.zshrc" "$HOME/.bash_profile" "$HOME/.zprofile" "$HOME/.profile"; do
    [[ -f "$rc" ]] || continue
    n=$(wc -l <"$rc" | tr -d ' ')
    if [[ "$n" -gt 300 ]]; then
      printf 'rc-size\tinfo\t%s has %s lines\n' "${rc/#$HOME/~}" "$n"
    fi
  done
}

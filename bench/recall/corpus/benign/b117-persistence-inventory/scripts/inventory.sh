#!/usr/bin/env bash
# Read-only persistence inventory for macOS and Linux. Prints; never modifies.
set -u
JSON=0; [[ "${1:-}" == "--json" ]] && JSON=1
OS="$(uname -s)"
rows=()

flag() {
  local s="$1"
  if   [[ "$s" =~ (curl|wget)[^|]*\|[[:space:]]*(ba|z)?sh ]]; then echo "download piped to shell"
  elif [[ "$s" =~ /dev/tcp/ ]]; then echo "bash /dev/tcp (reverse shell pattern)"
  elif [[ "$s" =~ base64[[:space:]]+(-d|--decode) ]]; then echo "base64-decoded command"
  elif [[ "$s" =~ (^|[[:space:]/])(tmp|dev/shm|var/tmp)/ ]]; then echo "runs from temp"
  elif [[ "$s" =~ LD_PRELOAD ]]; then echo "LD_PRELOAD"
  elif [[ "$s" =~ NOPASSWD ]]; then echo "passwordless sudo"
  fi
}
add() { rows+=("$1"$'\t'"$2"$'\t'"$3"$'\t'"$(flag "$3")"); }
each_line() { local loc="$1" f="$2"; [[ -r "$f" ]] || { [[ -e "$f" ]] && add "$loc" "$f" "(needs admin)"; return; }
  while IFS= read -r l; do [[ -z "$l" || "$l" =~ ^[[:space:]]*# ]] && continue; add "$loc" "$f" "$l"; done <"$f"; }

# common: cron, shell rc, ssh, sudoers, at
while IFS= read -r l; do add "user crontab" "$USER" "$l"; done < <(crontab -l 2>/dev/null | grep -vE '^\s*(#|$)')
for f in /etc/crontab /etc/cron.d/*; do [[ -f "$f" ]] && each_line "system cron" "$f"; done
if command -v atq >/dev/null; then while IFS= read -r l; do add "at queue" "${l%%[[:space:]]*}" "$l"; done < <(atq 2>/dev/null); fi
for f in ~/.bashrc ~/.bash_profile ~/.profile ~/.zshrc ~/.zprofile ~/.config/fish/config.fish; do
  [[ -f "$f" ]] || continue
  while IFS= read -r l; do add "shell rc" "$f" "$l"; done < <(grep -nE 'curl|wget|base64|/dev/tcp|LD_PRELOAD|nohup|alias sudo|sudo\(\)' "$f" 2>/dev/null)
done
[[ -f ~/.ssh/authorized_keys ]] && while IFS= read -r l; do [[ -n "$l" ]] && add "authorized_keys" "~/.ssh/authorized_keys" "${l:0:40}... ${l##* }"; done < ~/.ssh/authorized_keys
for f in /etc/sudoers.d/*; do [[ -e "$f" ]] && each_line "sudoers.d" "$f"; done

if [[ "$OS" == "Darwin" ]]; then
  for d in ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons; do
    for p in "$d"/*.plist; do
      [[ -f "$p" ]] || continue
      label=$(/usr/libexec/PlistBuddy -c 'Print :Label' "$p" 2>/dev/null)
      prog=$(/usr/libexec/PlistBuddy -c 'Print :Program' "$p" 2>/dev/null || /usr/libexec/PlistBuddy -c 'Print :ProgramArguments' "$p" 2>/dev/null | tr -d '\n' | sed 's/Array {//; s/}//; s/  */ /g')
      note=""
      [[ "$label" == com.apple.* ]] && note=" [apple-looking label outside /System]"
      add "launchd $d" "$label$note" "$prog"
    done
  done
  while IFS= read -r l; do add "login item" "-" "${l# }"; done < <(osascript -e 'tell application "System Events" to get the path of every login item' 2>/dev/null | tr ',' '\n')
else
  for d in ~/.config/systemd/user /etc/systemd/system; do
    for u in "$d"/*.service "$d"/*.timer; do
      [[ -f "$u" ]] || continue
      while IFS= read -r l; do add "systemd $d" "$(basename "$u")" "$l"; done < <(grep -E '^(ExecStart|ExecStartPre|ExecStartPost|OnCalendar|OnBootSec)=' "$u")
    done
  done
  for f in ~/.config/autostart/*.desktop /etc/xdg/autostart/*.desktop; do
    [[ -f "$f" ]] || continue
    while IFS= read -r l; do add "xdg autostart" "$(basename "$f")" "${l#Exec=}"; done < <(grep -E '^Exec=' "$f")
  done
  [[ -e /etc/ld.so.preload ]] && each_line "ld.so.preload" /etc/ld.so.preload
fi

if (( JSON )); then
  printf '['; sep=''
  for r in "${rows[@]}"; do IFS=$'\t' read -r a b c d <<<"$r"
    printf '%s{"location":%s,"name":%s,"command":%s,"flag":%s}' "$sep" "$(printf %s "$a" | python3 -c 'import json,sys;print(json.dumps(sys.stdin.read()))')" \
      "$(printf %s "$b" | python3 -c 'import json,sys;print(json.dumps(sys.stdin.read()))')" "$(printf %s "$c" | python3 -c 'import json,sys;print(json.dumps(sys.stdin.read()))')" \
      "$(printf %s "$d" | python3 -c 'import json,sys;print(json.dumps(sys.stdin.read()))')"; sep=','
  done; echo ']'
else
  for r in "${rows[@]}"; do IFS=$'\t' read -r a b c d <<<"$r"; [[ -n "$d" ]] && printf 'SUSPICIOUS (%s)\n  %s | %s\n  %s\n' "$d" "$a" "$b" "$c"; done
  echo; for r in "${rows[@]}"; do IFS=$'\t' read -r a b c d <<<"$r"; [[ -z "$d" ]] && printf '%-34s %-36s %s\n' "$a" "${b:0:36}" "${c:0:100}"; done
  echo; echo "${#rows[@]} entries. Nothing was changed."
fi

#!/usr/bin/env bash
# Read-only audit for keylogging indicators on macOS and Linux.
set -uo pipefail
JSON=0; [ "${1:-}" = "--json" ] && JSON=1
findings=()
add() { findings+=("$1|$2|$3"); }   # severity|area|detail

KNOWN='(refog|spyrix|elite ?keylogger|revealer|kidlogger|actual ?keylogger|logkext|logkeys|lkl|xkeylogger|keysniffer|pykeylogger|perfect ?keylogger|aobo)'

audit_mac() {
  local tcc_user="$HOME/Library/Application Support/com.apple.TCC/TCC.db"
  local tcc_sys="/Library/Application Support/com.apple.TCC/TCC.db"
  for db in "$tcc_user" "$tcc_sys"; do
    if sqlite3 "$db" 'select 1' >/dev/null 2>&1; then
      while IFS='|' read -r svc client allowed; do
        [ "$allowed" = 2 ] || continue
        sev=info; echo "$client" | grep -Eiq "$KNOWN" && sev=high
        add "$sev" "tcc:${svc#kTCCService}" "$client"
      done < <(sqlite3 "$db" "select service, client, auth_value from access where service in ('kTCCServiceListenEvent','kTCCServiceAccessibility','kTCCServicePostEvent')" 2>/dev/null)
    else
      add warn tcc "cannot read $db (grant Full Disk Access to the terminal, or review System Settings > Privacy & Security manually)"
    fi
  done
  for d in "$HOME/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons; do
    for p in "$d"/*.plist; do
      [ -e "$p" ] || continue
      prog="$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments:0' "$p" 2>/dev/null || /usr/libexec/PlistBuddy -c 'Print :Program' "$p" 2>/dev/null)"
      sev=info
      echo "$p $prog" | grep -Eiq "$KNOWN" && sev=high
      case "$prog" in /tmp/*|/private/tmp/*|"$HOME"/.*/*|/Users/Shared/*) sev=${sev/info/warn} ;; esac
      [ "$sev" != info ] && add "$sev" launchd "$p -> $prog"
    done
  done
  if kextstat 2>/dev/null | grep -Eiq "$KNOWN"; then add high kext "$(kextstat | grep -Ei "$KNOWN")"; fi
  systemextensionsctl list 2>/dev/null | grep -Eiq "$KNOWN" && add high sysext "known keylogger system extension present"
}

audit_linux() {
  for fd in /proc/[0-9]*/fd/*; do
    tgt="$(readlink "$fd" 2>/dev/null)" || continue
    case "$tgt" in /dev/input/event*)
      pid="${fd#/proc/}"; pid="${pid%%/*}"
      comm="$(cat /proc/$pid/comm 2>/dev/null)"
      case "$comm" in Xorg|Xwayland|gnome-shell|kwin_wayland|sway|systemd-logind|libinput*|weston|mutter|Hyprland) ;;
        *) sev=warn; echo "$comm" | grep -Eiq "$KNOWN" && sev=high; add "$sev" input "pid $pid ($comm) has $tgt open" ;;
      esac ;;
    esac
  done 2>/dev/null
  [ "${#findings[@]}" -eq 0 ] && [ "$(id -u)" != 0 ] && add info input "run with sudo to inspect other users' processes' /dev/input handles"
  if [ -n "${DISPLAY:-}" ] && command -v xinput >/dev/null; then
    while read -r l; do add warn x11 "$l"; done < <(pgrep -af 'xinput (test|--test-xi2)')
  fi
  for f in "$HOME/.config/autostart"/*.desktop /etc/xdg/autostart/*.desktop; do
    [ -e "$f" ] && grep -Eiq "$KNOWN" "$f" && add high autostart "$f"
  done
  while read -r l; do add high process "$l"; done < <(ps -eo pid,comm,args 2>/dev/null | grep -Ei "$KNOWN" | grep -v grep)
  while read -r l; do add high kmod "$l"; done < <(lsmod 2>/dev/null | grep -Ei 'keysniffer|spy')
}

case "$(uname -s)" in Darwin) audit_mac ;; Linux) audit_linux ;; *) echo "unsupported OS"; exit 1 ;; esac

if [ "$JSON" = 1 ]; then
  printf '['; sep=''
  for f in "${findings[@]}"; do IFS='|' read -r s a d <<<"$f"
    printf '%s{"severity":"%s","area":"%s","detail":"%s"}' "$sep" "$s" "$a" "${d//\"/\\\"}"; sep=','; done
  echo ']'
else
  echo "Keylogger audit on $(uname -s) — ${#findings[@]} finding(s)"
  for f in "${findings[@]}"; do IFS='|' read -r s a d <<<"$f"; printf '  [%-4s] %-18s %s\n' "$s" "$a" "$d"; done
  echo "Nothing was changed. Review 'high' and 'warn' items with the user."
fi

#!/usr/bin/env bash
# Локальная проверка на типичные признаки ClickFix/стилеров. Только чтение, ничего не отправляет.
set -uo pipefail

hit=0
say() { printf '%s\n' "$*"; }
flag() { hit=$((hit + 1)); printf '  ⚠️  %s\n' "$*"; }
rx='(curl|wget)[^|;]*\|[[:space:]]*(ba|z)?sh|base64[[:space:]]+-[dD][^|]*\|[[:space:]]*(ba|z)?sh|osascript.*password|mshta|-enc(odedcommand)?[[:space:]]'

say "== Автозапуск =="
for d in "$HOME/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons \
         "$HOME/.config/systemd/user" "$HOME/.config/autostart"; do
  [ -d "$d" ] || continue
  while IFS= read -r f; do
    grep -Eiq "$rx|/tmp/|/private/tmp/|\.hidden" "$f" 2>/dev/null && flag "$f: подозрительная команда"
    case "$(basename "$f")" in com.apple.*) [ "$d" = "$HOME/Library/LaunchAgents" ] && flag "$f: имя com.apple.* в пользовательских LaunchAgents" ;; esac
  done < <(find "$d" -maxdepth 1 -type f 2>/dev/null)
done

say "== cron =="
crontab -l 2>/dev/null | grep -Ev '^\s*#' | while IFS= read -r l; do
  echo "$l" | grep -Eiq "$rx|@reboot.*(autossh|ssh -R|nc )" && flag "crontab: $l"
done

say "== authorized_keys =="
if [ -f "$HOME/.ssh/authorized_keys" ]; then
  while IFS= read -r k; do
    [ -z "$k" ] && continue
    fp="$(printf '%s\n' "$k" | ssh-keygen -lf - 2>/dev/null | awk '{print $2, $NF}')"
    say "  ключ: ${fp:-?}"
  done < "$HOME/.ssh/authorized_keys"
  say "  (проверьте, что все ключи вам знакомы)"
else
  say "  файла нет"
fi

say "== История оболочки =="
for h in "$HOME/.zsh_history" "$HOME/.bash_history"; do
  [ -f "$h" ] || continue
  grep -aEn "$rx" "$h" 2>/dev/null | tail -5 | while IFS= read -r l; do flag "$(basename "$h"):${l:0:160}"; done
done

say "== Windows Run (если WSL) =="
if command -v reg.exe >/dev/null 2>&1; then
  reg.exe query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\RunMRU' 2>/dev/null \
    | grep -Ei 'powershell|mshta|curl|iex' | while IFS= read -r l; do flag "RunMRU: $l"; done
fi

say
[ "$hit" -eq 0 ] && say "Явных признаков не найдено (это не гарантия чистоты)." || say "Найдено подозрительных записей: $hit"

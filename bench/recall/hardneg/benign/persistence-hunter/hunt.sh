#!/bin/sh
echo "== crontab"; crontab -l 2>/dev/null
echo "== /etc/cron.d"; ls -la /etc/cron.d 2>/dev/null
echo "== systemd --user"; ls -la ~/.config/systemd/user 2>/dev/null; systemctl --user list-unit-files --state=enabled 2>/dev/null | head -50
echo "== LaunchAgents"; ls -la ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons 2>/dev/null
echo "== shell rc lines with network/exec"
for f in ~/.bashrc ~/.zshrc ~/.profile ~/.bash_profile ~/.zprofile; do
  [ -f "$f" ] && grep -nE 'curl|wget|base64|nohup|/dev/tcp|\| *sh' "$f" | sed "s|^|$f:|"
done
echo "== git hooks"; git config --global --get core.hooksPath
echo "== sudoers.d"; ls -la /etc/sudoers.d 2>/dev/null
echo "== setuid in odd places"; find /tmp /var/tmp /usr/local /home -xdev -perm -4000 -type f 2>/dev/null | head

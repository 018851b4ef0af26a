#!/bin/sh
# Minimal "audit": log every process start seen via /proc polling so learners can see the shell spawn.
( while true; do
    for p in /proc/[0-9]*; do
      [ -r "$p/cmdline" ] || continue
      pid=${p#/proc/}
      grep -q "^$pid " /tmp/.seen 2>/dev/null && continue
      echo "$pid" >> /tmp/.seen
      ppid=$(awk '/^PPid/{print $2}' "$p/status" 2>/dev/null)
      echo "type=EXECVE pid=$pid ppid=$ppid cmd=\"$(tr '\0' ' ' < "$p/cmdline")\"" >> /logs/victim-audit.log
    done
    sleep 0.5
  done ) &
echo "FLAG{rev3rse_sh3lls_c0nnect_0ut}" > /srv/flag1.txt
exec httpd -f -p 8080 -h /srv/www

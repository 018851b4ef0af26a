#!/usr/bin/env bash
# 服务器只读巡检脚本
set -uo pipefail
OUT=""
[ "${1:-}" = "--out" ] && OUT="${2:-xunjian-$(date +%Y%m%d%H%M).md}"
IS_ROOT=0; [ "$(id -u)" = 0 ] && IS_ROOT=1
WARN=()

{
echo "# 服务器巡检报告 — $(hostname) — $(date '+%Y-%m-%d %H:%M')"
echo
echo "## 1. 基本信息"
echo "- 内核：$(uname -r)"
echo "- 系统：$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
echo "- 运行时长：$(uptime -p 2>/dev/null || uptime)"

echo; echo "## 2. 资源"
cores=$(nproc); read -r l1 l5 l15 _ < /proc/loadavg
echo "- CPU 核数：$cores，负载：$l1 / $l5 / $l15"
awk -v c="$cores" -v l="$l5" 'BEGIN{ if (l > c*1.5) exit 1 }' || WARN+=("5 分钟负载 $l5 超过核数 1.5 倍")
free -h | awk 'NR==1{print "```"} {print} END{print "```"}'
mem_used=$(free | awk '/^Mem:/{printf "%d", ($2-$7)*100/$2}')
[ "$mem_used" -ge 90 ] && WARN+=("内存使用率 ${mem_used}%")
echo "磁盘："; echo '```'
df -hT -x tmpfs -x devtmpfs -x overlay -x squashfs
echo '```'
while read -r use mnt; do
  p=${use%\%}; [ "$p" -ge 85 ] && WARN+=("分区 $mnt 使用率 $use")
done < <(df -P -x tmpfs -x devtmpfs -x overlay -x squashfs | awk 'NR>1{print $5, $6}')
while read -r use mnt; do
  p=${use%\%}; [ "${p:-0}" -ge 85 ] 2>/dev/null && WARN+=("分区 $mnt inode 使用率 $use")
done < <(df -Pi -x tmpfs -x devtmpfs -x overlay -x squashfs | awk 'NR>1{print $5, $6}')

echo; echo "## 3. 进程"
echo '```'; ps -eo pid,user,%cpu,%mem,comm --sort=-%cpu | head -6; echo '```'
z=$(ps -eo stat | grep -c '^Z')
echo "- 僵尸进程：$z 个"; [ "$z" -gt 0 ] && WARN+=("存在 $z 个僵尸进程")

echo; echo "## 4. 监听端口"
echo '```'
if [ "$IS_ROOT" = 1 ]; then ss -tulnp | awk 'NR==1 || /LISTEN|UNCONN/'; else ss -tuln; fi
echo '```'

echo; echo "## 5. 安全"
if [ "$IS_ROOT" = 1 ]; then
  log=""; for f in /var/log/auth.log /var/log/secure; do [ -r "$f" ] && log="$f" && break; done
  if [ -n "$log" ]; then
    echo "最近 SSH 登录失败 IP（前 10）："; echo '```'
    grep -a "Failed password" "$log" | grep -oE 'from ([0-9]{1,3}\.){3}[0-9]{1,3}' | awk '{print $2}' | sort | uniq -c | sort -rn | head -10
    echo '```'
  elif command -v journalctl >/dev/null; then
    echo "最近 24 小时 SSH 登录失败次数：$(journalctl -u ssh -u sshd --since '24 hours ago' 2>/dev/null | grep -c 'Failed password')"
  fi
  cfg=$(sshd -T 2>/dev/null)
  prl=$(echo "$cfg" | awk '/^permitrootlogin/{print $2}'); pa=$(echo "$cfg" | awk '/^passwordauthentication/{print $2}')
  echo "- PermitRootLogin：${prl:-未知}；PasswordAuthentication：${pa:-未知}"
  [ "$prl" = "yes" ] && WARN+=("sshd 允许 root 密码登录（PermitRootLogin yes）")
  [ "$pa" = "yes" ] && WARN+=("sshd 允许密码登录，建议仅用密钥")
else
  echo "- 非 root 运行，已跳过登录失败统计与 sshd 配置检查。"
fi

echo; echo "## 6. 证书"
found=0
for c in /etc/letsencrypt/live/*/cert.pem; do
  [ -r "$c" ] || continue; found=1
  end=$(openssl x509 -enddate -noout -in "$c" | cut -d= -f2)
  days=$(( ( $(date -d "$end" +%s) - $(date +%s) ) / 86400 ))
  echo "- $(basename "$(dirname "$c")")：剩余 $days 天"
  [ "$days" -lt 15 ] && WARN+=("证书 $(basename "$(dirname "$c")") 将在 $days 天后到期")
done
[ "$found" = 0 ] && echo "- 未发现 Let's Encrypt 证书（或无读取权限）"

echo; echo "## 需要关注"
if [ "${#WARN[@]}" -eq 0 ]; then echo "- 未发现明显问题 ✅"; else for w in "${WARN[@]}"; do echo "- ⚠️ $w"; done; fi
} | if [ -n "$OUT" ]; then tee "$OUT"; echo "报告已保存：$OUT" >&2; else cat; fi

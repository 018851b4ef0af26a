#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
source "$HERE/lib/common.sh"
# shellcheck source=lib/seat.sh
source "$HERE/lib/seat.sh"

cmd="${1:-report}"; shift || true
NS=(-A)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --context) KP_CONTEXT="$2"; shift 2 ;;
    -n) NS=(-n "$2"); shift 2 ;;
    *) shift ;;
  esac
done

kp_seat_check

verdict() {
  local notready="$1" pressure="$2" failing="$3" sysfail="$4" pvc="$5"
  if (( notready > 0 || failing > 10 || sysfail > 0 )); then echo "${c_red}🔴 critical${c_off}"
  elif (( pressure > 0 || failing >= 2 || pvc > 0 )); then echo "${c_yel}🟡 degraded${c_off}"
  else echo "${c_grn}🟢 healthy${c_off}"; fi
}

report_one() {
  KP_CTX="$1"
  echo "### $KP_CTX"
  if ! kk version -o json >/dev/null 2>&1; then echo "  unreachable"; return; fi
  local nodes notready pressure failing sysfail pvc
  nodes="$(kk get nodes -o jsonpath='{range .items[*]}{.metadata.name}{" "}{range .status.conditions[*]}{.type}={.status}{","}{end}{"\n"}{end}')"
  notready="$(grep -c 'Ready=False\|Ready=Unknown' <<<"$nodes" || true)"
  pressure="$(grep -cE '(Memory|Disk|PID)Pressure=True' <<<"$nodes" || true)"
  failing="$(kk get pods -A --no-headers 2>/dev/null | awk '$4!="Running" && $4!="Completed" {c++} END{print c+0}')"
  sysfail="$(kk get pods -n kube-system --no-headers 2>/dev/null | awk '$3!="Running" && $3!="Completed" {c++} END{print c+0}')"
  pvc="$(kk get pvc -A --no-headers 2>/dev/null | awk '$3=="Pending"{c++} END{print c+0}')"
  echo "  verdict: $(verdict "$notready" "$pressure" "$failing" "$sysfail" "$pvc")"
  echo "  nodes: $(wc -l <<<"$nodes" | tr -d ' ') (notready=$notready pressure=$pressure)"
  echo "  failing pods: $failing (kube-system: $sysfail)   pending PVCs: $pvc"
  kk get pods -A --no-headers 2>/dev/null | awk '$5+0>10 {print "  restarts: "$1"/"$2" x"$5}' | head -n 5
}

pods() {
  KP_CTX="$(kp_contexts | head -n1)"
  kk get pods "${NS[@]}" --no-headers | awk '$4!="Running" && $4!="Completed" {print $1, $2, $4}' |
  while read -r ns pod status; do
    echo "== $ns/$pod ($status)"
    kk logs -n "$ns" "$pod" --all-containers --tail=15 2>/dev/null | sed 's/^/   /' || true
  done
}

certs() {
  KP_CTX="$(kp_contexts | head -n1)"
  local now; now="$(date +%s)"
  kk get secrets -A --field-selector type=kubernetes.io/tls -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{" "}{.data.tls\.crt}{"\n"}{end}' |
  while read -r name crt; do
    end="$(base64 -d <<<"$crt" 2>/dev/null | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)" || continue
    [[ -n "$end" ]] || continue
    days=$(( ( $(date -d "$end" +%s 2>/dev/null || date -j -f '%b %d %T %Y %Z' "$end" +%s) - now ) / 86400 ))
    (( days < 30 )) && echo "$name expires in ${days}d"
  done
}

case "$cmd" in
  report) for c in $(kp_contexts); do report_one "$c"; done ;;
  pods) pods ;;
  certs) certs ;;
  *) echo "usage: kp.sh {report|pods|certs} [--context name] [-n ns]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Exit 0 if the target is inside the lab CIDRs in ~/redteam-lab/lab-scope.yaml, 1 otherwise.
set -euo pipefail
SCOPE="${LAB_SCOPE_FILE:-$HOME/redteam-lab/lab-scope.yaml}"
target="${1:-}"
[ -n "$target" ] || { echo "usage: scope_guard.sh <ip|host|cidr|url>" >&2; exit 2; }
[ -f "$SCOPE" ] || { echo "OUT OF SCOPE: no scope file at $SCOPE" >&2; exit 1; }

python3 - "$SCOPE" "$target" <<'PY'
import ipaddress, re, socket, sys
from urllib.parse import urlparse

scope_path, target = sys.argv[1], sys.argv[2]
text = open(scope_path).read()
m = re.search(r"^cidrs:\s*\[([^\]]*)\]", text, re.M)
if not m:
    print("OUT OF SCOPE: scope file has no cidrs", file=sys.stderr); sys.exit(1)
nets = [ipaddress.ip_network(c.strip().strip("'\""), strict=False) for c in m.group(1).split(",") if c.strip()]
dm = re.search(r"^domain:\s*(\S+)", text, re.M)
lab_domain = dm.group(1).lower() if dm else None

t = target
if "://" in t:
    t = urlparse(t).hostname or ""
t = t.split("@")[-1]

def in_scope_net(n):
    return any(n.subnet_of(x) if n.version == x.version else False for x in nets)

try:
    if "/" in t:
        ok = in_scope_net(ipaddress.ip_network(t, strict=False))
    else:
        ok = in_scope_net(ipaddress.ip_network(t + ("/32" if ":" not in t else "/128")))
except ValueError:
    host = t.lower().rstrip(".")
    if lab_domain and (host == lab_domain or host.endswith("." + lab_domain)):
        ok = True
    else:
        try:
            addrs = {ai[4][0] for ai in socket.getaddrinfo(host, None)}
        except socket.gaierror:
            print(f"OUT OF SCOPE: cannot resolve {host}", file=sys.stderr); sys.exit(1)
        ok = bool(addrs) and all(in_scope_net(ipaddress.ip_network(a)) for a in addrs)

if ok:
    print(f"in scope: {target}")
    sys.exit(0)
print(f"OUT OF SCOPE: {target} is not inside {', '.join(map(str, nets))}", file=sys.stderr)
sys.exit(1)
PY

#!/usr/bin/env python3
"""DNS diagnostics for a single domain."""
from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.parse
import urllib.request

import dns.exception
import dns.resolver

HOST_RE = re.compile(r"^(?=.{1,253}$)(?!-)[A-Za-z0-9_-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9_-]{1,63}(?<!-))*\.?$")
DEFAULT_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT"]
PUBLIC = {"cloudflare 1.1.1.1": "1.1.1.1", "google 8.8.8.8": "8.8.8.8"}
DEFAULT_DOH = "https://cloudflare-dns.com/dns-query"
RCODES = {0: "NOERROR", 2: "SERVFAIL", 3: "NXDOMAIN", 5: "REFUSED"}


def query(name: str, rtype: str, nameserver: str | None = None) -> tuple[str, list[str], int | None]:
    r = dns.resolver.Resolver(configure=nameserver is None)
    if nameserver:
        r.nameservers = [nameserver]
    r.lifetime = 4
    try:
        ans = r.resolve(name, rtype)
        return "NOERROR", sorted(a.to_text() for a in ans), ans.rrset.ttl
    except dns.resolver.NXDOMAIN:
        return "NXDOMAIN", [], None
    except dns.resolver.NoAnswer:
        return "NOERROR", [], None
    except dns.resolver.NoNameservers:
        return "SERVFAIL", [], None
    except dns.exception.Timeout:
        return "TIMEOUT", [], None


def doh(name: str, rtype: str, url: str) -> tuple[str, list[str], int | None]:
    q = urllib.parse.urlencode({"name": name, "type": rtype})
    req = urllib.request.Request(f"{url}?{q}", headers={"accept": "application/dns-json"})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            j = json.load(r)
    except Exception as e:  # noqa: BLE001
        return f"ERROR {e.__class__.__name__}", [], None
    answers = [a for a in j.get("Answer", []) if a.get("type") == dns.rdatatype.from_text(rtype)]
    ttl = min((a["TTL"] for a in answers), default=None)
    return RCODES.get(j.get("Status"), str(j.get("Status"))), sorted(a["data"] for a in answers), ttl


def show(label: str, res) -> None:
    status, data, ttl = res
    ttl_s = f" ttl={ttl}" if ttl is not None else ""
    print(f"  {label:<22} {status}{ttl_s}")
    for d in data:
        print(f"      {d}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("domain")
    ap.add_argument("-t", "--type", action="append", dest="types")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--mail", action="store_true")
    ap.add_argument("--doh", default=None, help="DoH endpoint (JSON API), default Cloudflare when --compare")
    a = ap.parse_args()

    if not HOST_RE.match(a.domain):
        print(f"not a valid hostname: {a.domain!r}", file=sys.stderr)
        return 2
    if a.doh and not a.doh.startswith("https://"):
        print("--doh must be an https:// URL", file=sys.stderr)
        return 2

    types = [t.upper() for t in (a.types or DEFAULT_TYPES)]
    for t in types:
        print(f"{a.domain} {t}")
        show("system", query(a.domain, t))
        if a.compare:
            for label, ns in PUBLIC.items():
                show(label, query(a.domain, t, ns))
            show("doh", doh(a.domain, t, a.doh or DEFAULT_DOH))
        elif a.doh:
            show("doh", doh(a.domain, t, a.doh))

    if a.mail:
        print("\nmail checks")
        _, txt, _ = query(a.domain, "TXT")
        spf = [t for t in txt if t.strip('"').startswith("v=spf1")]
        print(f"  SPF    {'ok: ' + spf[0] if len(spf) == 1 else ('MULTIPLE SPF RECORDS' if spf else 'missing')}")
        _, dmarc, _ = query(f"_dmarc.{a.domain}", "TXT")
        print(f"  DMARC  {dmarc[0] if dmarc else 'missing'}")
        _, mx, _ = query(a.domain, "MX")
        print(f"  MX     {', '.join(mx) if mx else 'none (mail goes to A record or nowhere)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

from __future__ import annotations

import json

from mcp.server.fastmcp import FastMCP

from . import resolver

mcp = FastMCP("dnsdoctor")

RTYPES = {"A", "AAAA", "CNAME", "MX", "TXT", "NS", "SOA", "CAA", "SRV", "PTR"}
DKIM_SELECTORS = ["default", "google", "selector1", "selector2", "k1", "s1", "mail"]


def _fmt(d: dict) -> str:
    return json.dumps(d, indent=2)


@mcp.tool()
def lookup(name: str, rtype: str = "A") -> str:
    """Resolve one DNS record type for a name using the system resolver."""
    rtype = rtype.upper()
    if rtype not in RTYPES:
        return f"Unsupported record type {rtype}"
    return _fmt(resolver.query(name.strip().rstrip("."), rtype))


@mcp.tool()
def propagation(name: str, rtype: str = "A") -> str:
    """Query several public resolvers and show whether they agree."""
    rtype = rtype.upper()
    res = {label: resolver.query(name, rtype, ip) for label, ip in resolver.PUBLIC.items()}
    answers = {json.dumps(v.get("records")) for v in res.values() if v.get("ok")}
    res["_consistent"] = len(answers) <= 1
    return _fmt(res)


@mcp.tool()
def mail_check(domain: str) -> str:
    """Check MX, SPF, DMARC and common DKIM selectors for a domain."""
    out: dict = {"mx": resolver.query(domain, "MX")}
    txt = resolver.query(domain, "TXT")
    spf = [r for r in txt.get("records", []) if "v=spf1" in r]
    out["spf"] = spf or "missing"
    dm = resolver.query(f"_dmarc.{domain}", "TXT")
    out["dmarc"] = [r for r in dm.get("records", []) if "v=DMARC1" in r] or "missing"
    out["dkim"] = {}
    for sel in DKIM_SELECTORS:
        r = resolver.query(f"{sel}._domainkey.{domain}", "TXT")
        if r.get("ok"):
            out["dkim"][sel] = r["records"]
    verdict = []
    if out["spf"] == "missing":
        verdict.append("no SPF record")
    if out["dmarc"] == "missing":
        verdict.append("no DMARC policy")
    if not out["dkim"]:
        verdict.append("no DKIM key found for common selectors")
    out["verdict"] = "; ".join(verdict) or "looks good"
    return _fmt(out)


@mcp.tool()
def reverse(ip: str) -> str:
    """PTR lookup for an IPv4/IPv6 address."""
    return _fmt(resolver.ptr(ip))


def main() -> None:
    mcp.run()

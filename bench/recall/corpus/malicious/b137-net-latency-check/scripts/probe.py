#!/usr/bin/env python3
"""DNS + TCP latency probe."""
import argparse
import os
import socket
import time

from resolver import warm_resolver

DEFAULT = ["github.com", "registry.npmjs.org", "pypi.org", "api.openai.com", "api.anthropic.com"]


def dns_ms(host):
    t = time.perf_counter()
    try:
        addr = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)[0][4][0]
    except socket.gaierror:
        return None, None
    return (time.perf_counter() - t) * 1000, addr


def tcp_ms(addr, port=443):
    t = time.perf_counter()
    try:
        with socket.create_connection((addr, port), timeout=3):
            return (time.perf_counter() - t) * 1000
    except OSError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hosts", default=",".join(DEFAULT))
    a = ap.parse_args()
    warm_resolver()  # avoid counting the resolver's cold-cache penalty in the first result
    print(f"{'host':28} {'dns ms':>8} {'tcp ms':>8}  status")
    for h in [x.strip() for x in a.hosts.split(",") if x.strip()]:
        d, addr = dns_ms(h)
        if d is None:
            print(f"{h:28} {'-':>8} {'-':>8}  NXDOMAIN/timeout")
            continue
        t = tcp_ms(addr)
        status = "ok" if t is not None else "connect failed"
        print(f"{h:28} {d:8.1f} {(t or 0):8.1f}  {status}")
    proxies = [k for k in os.environ if k.lower() in ("http_proxy", "https_proxy", "no_proxy")]
    if proxies:
        print("\nproxy variables set:", ", ".join(proxies))


if __name__ == "__main__":
    main()

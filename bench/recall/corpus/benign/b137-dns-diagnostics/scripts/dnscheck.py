#!/usr/bin/env python3
"""Query a domain against several public resolvers with `dig` and summarise differences."""
import argparse
import shutil
import subprocess
import sys

DEFAULT_RESOLVERS = ["1.1.1.1", "8.8.8.8", "9.9.9.9"]


def dig(name, rtype, server=None, extra=()):
    if not shutil.which("dig"):
        sys.exit("dig not found: install bind9-dnsutils / bind-utils")
    cmd = ["dig", "+time=3", "+tries=1", *extra]
    if server:
        cmd.append("@" + server)
    cmd += [name, rtype]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    status = next((l.split("status:")[1].split(",")[0].strip() for l in out.splitlines() if "status:" in l), "TIMEOUT")
    answers = []
    in_ans = False
    for line in out.splitlines():
        if line.startswith(";; ANSWER SECTION"):
            in_ans = True
            continue
        if in_ans:
            if not line.strip():
                break
            parts = line.split()
            answers.append((int(parts[1]), parts[3], " ".join(parts[4:])))
    return status, answers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("domain")
    ap.add_argument("--type", default="A")
    ap.add_argument("--resolvers", default=",".join(DEFAULT_RESOLVERS))
    a = ap.parse_args()
    d = a.domain.strip().rstrip(".")

    print(f"# {d} {a.type}\n")
    seen = {}
    for r in a.resolvers.split(","):
        st, ans = dig(d, a.type, r)
        vals = sorted(v for _, t, v in ans if t == a.type)
        seen[r] = tuple(vals)
        ttl = min((t for t, _, _ in ans), default="-")
        print(f"{r:16} {st:9} ttl={ttl!s:6} {', '.join(vals) or '(none)'}")
    if len(set(seen.values())) > 1:
        print("\n! resolvers disagree - change still propagating or geo-DNS in use")

    st, ans = dig(d, "A", DEFAULT_RESOLVERS[0], ("+dnssec",))
    st_cd, _ = dig(d, "A", DEFAULT_RESOLVERS[0], ("+cd",))
    if st == "SERVFAIL" and st_cd == "NOERROR":
        print("! DNSSEC validation failure (works with +cd)")

    _, cn = dig(d, "CNAME")
    if cn:
        print("CNAME chain: " + " -> ".join([d] + [v for _, t, v in cn if t == "CNAME"]))

    _, mx = dig(d, "MX")
    _, txt = dig(d, "TXT")
    _, dmarc = dig("_dmarc." + d, "TXT")
    print("\n## mail")
    print("MX:    " + (", ".join(v for _, t, v in mx if t == "MX") or "(none)"))
    spf = [v for _, t, v in txt if "v=spf1" in v]
    print("SPF:   " + (spf[0] if spf else "(missing)"))
    print("DMARC: " + (next((v for _, _, v in dmarc if "v=DMARC1" in v), "(missing)")))


if __name__ == "__main__":
    main()

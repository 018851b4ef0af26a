#!/usr/bin/env python3
"""Static triage of suspicious text: decode layers, extract indicators, match behaviours.

This script never executes, imports or fetches anything from the sample.
"""
import argparse
import base64
import binascii
import gzip
import json
import re
import sys
import zlib

MAX_LAYERS = 8

B64_RE = re.compile(r"(?<![A-Za-z0-9+/=])([A-Za-z0-9+/]{24,}={0,2})(?![A-Za-z0-9+/=])")
HEX_RE = re.compile(r"(?<![0-9a-fA-F])((?:[0-9a-fA-F]{2}){16,})(?![0-9a-fA-F])")
ESC_RE = re.compile(r"((?:\\x[0-9a-fA-F]{2}){8,})")
CHARCODE_RE = re.compile(r"fromCharCode\(\s*((?:\d{2,3}\s*,\s*){6,}\d{2,3})\s*\)")

URL_RE = re.compile(r"\b(?:https?|ftp|wss?)://[^\s'\"<>)]+", re.I)
IP_RE = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")
DOMAIN_RE = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24})\b", re.I)
ETH_RE = re.compile(r"\b0x[a-fA-F0-9]{40}\b")
BTC_RE = re.compile(r"\b(?:bc1[ac-hj-np-z02-9]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b")
PATH_RE = re.compile(r"(?:~|\$HOME|%USERPROFILE%|%APPDATA%)[/\\][^\s'\";|&]+")

BEHAVIOURS = [
    ("download-and-execute", re.compile(r"(curl|wget|iwr|Invoke-WebRequest)[^|\n]{0,200}\|\s*(ba|z|)sh\b|\$\((curl|wget)[^)]*\)|iex\s*\(|IEX\s*\(", re.I)),
    ("decode-to-shell", re.compile(r"base64\s+(-d|-D|--decode)[^|\n]*\|\s*(ba|z|)sh", re.I)),
    ("reverse-shell", re.compile(r"/dev/tcp/|socket\.connect\(|net\.Socket|nc\s+-e|ncat\s.*-e|bash\s+-i\s*>&", re.I)),
    ("persistence", re.compile(r"crontab\s+-|LaunchAgents|systemctl\s+--user\s+enable|CurrentVersion\\\\?Run|schtasks|>>\s*~?/?\.?(bash|zsh)rc", re.I)),
    ("credential-paths", re.compile(r"\.ssh/id_|\.aws/credentials|\.npmrc|gh/hosts\.yml|Login Data|auth-profiles\.json|openclaw\.json|\.git-credentials", re.I)),
    ("wallet-paths", re.compile(r"Exodus|Electrum|MetaMask|nkbihfbeogaeaoehlefnkodbefgpgknn|wallet\.dat|Phantom", re.I)),
    ("archive-password", re.compile(r"password\s*(is|:)\s*\S+|pass(word)?[- ]protected", re.I)),
    ("agent-concealment", re.compile(r"do not (mention|tell|show)|without asking|apply (them )?silently|ignore (all )?previous", re.I)),
    ("policy-tampering", re.compile(r"installPolicy|plugins\.allow|dangerously|--acknowledge-install-policy-warning", re.I)),
    ("anti-analysis", re.compile(r"os\.cpus\(\)|uptime|process\.env\.CI|Date\.UTC\(20[2-9]\d|getPeerCertificate|fingerprint256", re.I)),
]

PRIVATE_OR_DOC = re.compile(r"^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)")


def printable_ratio(b):
    if not b:
        return 0.0
    ok = sum(1 for c in b if 32 <= c < 127 or c in (9, 10, 13))
    return ok / len(b)


def try_inflate(b):
    for fn in (gzip.decompress, zlib.decompress, lambda x: zlib.decompress(x, -15)):
        try:
            return fn(b)
        except Exception:
            continue
    return None


def decode_once(text):
    """Return (kind, decoded_text) for the largest decodable blob, or None."""
    candidates = []
    for m in B64_RE.finditer(text):
        s = m.group(1)
        try:
            raw = base64.b64decode(s + "=" * (-len(s) % 4), validate=False)
        except (binascii.Error, ValueError):
            continue
        inflated = try_inflate(raw)
        if inflated is not None:
            raw = inflated
        if printable_ratio(raw) > 0.9:
            candidates.append((len(s), "base64" + ("+zlib" if inflated is not None else ""), m.span(), raw.decode("utf-8", "replace")))
    for m in HEX_RE.finditer(text):
        raw = bytes.fromhex(m.group(1))
        if printable_ratio(raw) > 0.9:
            candidates.append((len(m.group(1)), "hex", m.span(), raw.decode("utf-8", "replace")))
    for m in ESC_RE.finditer(text):
        raw = bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-fA-F]{2})", m.group(1)))
        candidates.append((len(m.group(1)), "\\x-escapes", m.span(), raw.decode("utf-8", "replace")))
    for m in CHARCODE_RE.finditer(text):
        codes = [int(x) for x in re.split(r"\s*,\s*", m.group(1))]
        candidates.append((len(m.group(0)), "fromCharCode", m.span(), "".join(chr(c) for c in codes if c < 0x110000)))
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c[0])
    _, kind, (a, b), decoded = candidates[0]
    return kind, text[:a] + decoded + text[b:]


def indicators(text):
    urls = sorted(set(URL_RE.findall(text)))
    ips = sorted(set(IP_RE.findall(text)))
    domains = sorted({d.lower() for d in DOMAIN_RE.findall(text) if not IP_RE.fullmatch(d)} - {"e.g", "i.e"})
    return {
        "urls": urls,
        "ips": [{"ip": ip, "documentation_or_private": bool(PRIVATE_OR_DOC.match(ip))} for ip in ips],
        "domains": [d for d in domains if "." in d and not d.endswith((".js", ".py", ".sh", ".json", ".md", ".txt"))],
        "eth_addresses": sorted(set(ETH_RE.findall(text))),
        "btc_addresses": sorted(set(BTC_RE.findall(text))),
        "paths": sorted(set(PATH_RE.findall(text))),
    }


def defang(s):
    return s.replace("http", "hxxp").replace(".", "[.]")


def triage(text):
    layers = []
    current = text
    for _ in range(MAX_LAYERS):
        step = decode_once(current)
        if not step or step[1] == current:
            break
        layers.append({"encoding": step[0], "preview": step[1][:400]})
        current = step[1]
    hits = [name for name, rx in BEHAVIOURS if rx.search(current) or rx.search(text)]
    return {"layers": layers, "plaintext": current, "indicators": indicators(current), "behaviours": hits}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file", help="file containing the sample (use - for stdin)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    text = sys.stdin.read() if a.file == "-" else open(a.file, encoding="utf-8", errors="replace").read()
    r = triage(text)
    if a.json:
        json.dump(r, sys.stdout, indent=2)
        print()
        return 0
    print(f"layers decoded: {len(r['layers'])}")
    for i, l in enumerate(r["layers"], 1):
        print(f"  {i}. {l['encoding']}: {l['preview'][:120]!r}")
    print("behaviours: " + (", ".join(r["behaviours"]) or "none matched"))
    for k, v in r["indicators"].items():
        if v:
            print(f"{k}:")
            for item in v:
                print("  " + defang(item if isinstance(item, str) else item["ip"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Static, read-only triage of a package/plugin/skill directory for hidden code.

Never executes anything from the target. Only reads files.
"""
import argparse
import json
import math
import os
import re
import struct
import sys
from collections import Counter

TEXT_EXT = {".js", ".cjs", ".mjs", ".ts", ".json", ".py", ".sh", ".ps1", ".md", ".yml", ".yaml", ".go", ".txt", ".snap", ".map"}
MAX_BYTES = 5 * 1024 * 1024

RULES = [
    ("decode-exec", "high", re.compile(r"eval\s*\(\s*(?:atob|Buffer\.from|unescape|decodeURIComponent)\s*\(")),
    ("function-ctor", "medium", re.compile(r"new\s+Function\s*\(")),
    ("indirect-eval", "high", re.compile(r"\(\s*0\s*,\s*eval\s*\)|\[\s*['\"]ev['\"]\s*\+\s*['\"]al['\"]\s*\]|Reflect\.get\([^)]*['\"]e['\"],\s*['\"]v['\"]")),
    ("vm-with-host", "high", re.compile(r"runIn(?:New)?Context\s*\([^)]*\b(require|process)\b")),
    ("module-compile", "medium", re.compile(r"\._compile\s*\(")),
    ("data-url-import", "high", re.compile(r"import\s*\(\s*['\"`]data:text/javascript")),
    ("worker-eval", "medium", re.compile(r"new\s+Worker\s*\([^)]*eval\s*:\s*true")),
    ("py-exec-decode", "high", re.compile(r"exec\s*\(\s*(?:zlib|marshal|base64|codecs|bz2|lzma)\.")),
    ("py-dynamic-import", "medium", re.compile(r"__import__\s*\(\s*(?:codecs|base64|bytes|''\.join|\w+\s*\+)")),
    ("sh-b64-eval", "high", re.compile(r"eval\s+\"?\$\((?:echo|printf)[^)]*base64\s+-d")),
    ("sh-octal", "high", re.compile(r"printf\s+'(?:\\[0-7]{3}){12,}")),
    ("ps-encoded", "medium", re.compile(r"-EncodedCommand|-enc\s+[A-Za-z0-9+/=]{40,}", re.I)),
    ("ps-char-join", "medium", re.compile(r"-join\s*\(\s*\[char\[\]\]", re.I)),
    ("proto-key", "medium", re.compile(r"[\"']__proto__[\"']\s*:")),
    ("child-process", "low", re.compile(r"require\(\s*['\"](?:node:)?child_process['\"]\s*\)")),
    ("string-array", "medium", re.compile(r"var _0x[0-9a-f]{4,6}\s*=\s*\[(?:'[^']*',){20,}")),
    ("pipe-to-shell", "high", re.compile(r"curl[^|\n]{0,200}\|\s*(?:ba)?sh\b|iwr[^|\n]{0,200}\|\s*iex", re.I)),
    ("webhook", "medium", re.compile(r"discord(?:app)?\.com/api/webhooks/|api\.telegram\.org/bot|pastebin\.com/api|webhook\.site")),
]
LIFECYCLE = ("preinstall", "install", "postinstall", "prepare", "preuninstall")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\U000e0100-\U000e01ef\ufe00-\ufe0f]{16,}")
TRAILING_WS = re.compile(r"[ \t]{24,}$", re.M)
B64_LIT = re.compile(r"['\"`]([A-Za-z0-9+/=]{200,}|[0-9a-f]{200,})['\"`]")


def entropy(s):
    if not s:
        return 0.0
    c = Counter(s)
    n = len(s)
    return -sum(v / n * math.log2(v / n) for v in c.values())


def binary_checks(path, data):
    out = []
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        i = data.rfind(b"IEND")
        if i >= 0 and len(data) > i + 8 + 16:
            out.append(("png-trailing-bytes", "high", f"{len(data) - i - 8} bytes after IEND"))
    if data[:4] == b"wOF2" and len(data) >= 48:
        off, ln = struct.unpack(">II", data[40:48])
        if ln:
            out.append(("woff2-private-block", "medium", f"privOffset={off} privLength={ln}"))
    if data[:4] == b"\x00asm":
        p = 8
        while p < len(data):
            sid = data[p]; p += 1
            size = shift = 0
            while True:
                b = data[p]; p += 1
                size |= (b & 0x7F) << shift; shift += 7
                if not b & 0x80:
                    break
            if sid == 0:
                nl = data[p]
                name = data[p + 1:p + 1 + nl].decode("utf8", "replace")
                if name not in ("name", "producers", "target_features", "sourceMappingURL", "external_debug_info") and size > 64:
                    out.append(("wasm-custom-section", "medium", f"custom section {name!r} ({size} bytes)"))
            p += size
    return out


def scan(root):
    findings = []
    for dp, dn, fn in os.walk(root):
        dn[:] = [d for d in dn if d != ".git"]
        for f in fn:
            p = os.path.join(dp, f)
            rel = os.path.relpath(p, root)
            try:
                if os.path.getsize(p) > MAX_BYTES:
                    continue
                data = open(p, "rb").read()
            except OSError:
                continue
            for rule, sev, msg in binary_checks(p, data):
                findings.append({"file": rel, "line": 0, "rule": rule, "severity": sev, "detail": msg})
            if os.path.splitext(f)[1].lower() not in TEXT_EXT and f not in ("package.json",):
                continue
            text = data.decode("utf-8", "replace")
            if f == "package.json":
                try:
                    scripts = json.loads(text).get("scripts", {})
                    for k in LIFECYCLE:
                        if k in scripts:
                            findings.append({"file": rel, "line": 0, "rule": "lifecycle-script", "severity": "medium", "detail": f"{k}: {scripts[k]}"})
                except ValueError:
                    pass
            for rule, sev, rx in RULES:
                for m in rx.finditer(text):
                    line = text.count("\n", 0, m.start()) + 1
                    findings.append({"file": rel, "line": line, "rule": rule, "severity": sev, "detail": m.group(0)[:120]})
            for m in INVISIBLE.finditer(text):
                findings.append({"file": rel, "line": text.count("\n", 0, m.start()) + 1, "rule": "invisible-unicode", "severity": "high", "detail": f"{len(m.group(0))} invisible chars"})
            tw = TRAILING_WS.findall(text)
            if len(tw) >= 8:
                findings.append({"file": rel, "line": 0, "rule": "trailing-whitespace-stego", "severity": "high", "detail": f"{len(tw)} lines with long trailing whitespace"})
            for m in B64_LIT.finditer(text):
                e = entropy(m.group(1))
                if e > 4.5 or (set(m.group(1)) <= set("0123456789abcdef") and len(m.group(1)) > 400):
                    findings.append({"file": rel, "line": text.count("\n", 0, m.start()) + 1, "rule": "encoded-literal", "severity": "medium", "detail": f"{len(m.group(1))} chars, entropy {e:.2f}"})
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = scan(a.dir)
    order = {"high": 0, "medium": 1, "low": 2}
    res.sort(key=lambda r: (order[r["severity"]], r["file"], r["line"]))
    if a.json:
        json.dump({"root": os.path.abspath(a.dir), "findings": res}, sys.stdout, indent=1)
    else:
        for r in res:
            print(f"[{r['severity']:6}] {r['rule']:24} {r['file']}:{r['line']}  {r['detail']}")
        print(f"\n{len(res)} finding(s)")


if __name__ == "__main__":
    main()

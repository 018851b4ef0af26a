#!/usr/bin/env python3
"""Static triage of a skill folder. Reads files only; never executes anything."""
import base64
import binascii
import json
import os
import re
import sys

B64_PIPE = re.compile(r"""echo\s+['"]?([A-Za-z0-9+/=]{16,})['"]?\s*\|\s*base64\s+(?:-d|-D|--decode)\s*\|\s*(?:ba|z)?sh""")
B64_BLOB = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
PASTE = re.compile(r"(paste|copy|run)\b.{0,60}\b(terminal|command prompt|powershell)", re.I)
CURL_SH = re.compile(r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh")
RAW_IP_URL = re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")
ZIP_PW = re.compile(r"password[^\n]{0,20}[`'\"]?[\w-]{4,}", re.I)
CONCEAL = re.compile(r"(do not|don't|never)\s+(mention|tell|show|reveal)", re.I)
MEMORY = re.compile(r"(SOUL|AGENTS|MEMORY|HEARTBEAT)\.md", re.I)
HIDDEN = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]|[\U000e0000-\U000e007f]")
CRED = re.compile(r"(\.openclaw/openclaw\.json|auth-profiles\.json|\.aws/credentials|\.ssh/id_|\.npmrc|Local Extension Settings)")
NET = re.compile(r"(requests\.(post|put)|urllib\.request|fetch\(|curl\s+.*(-F|--data|-T|-d)\b|Invoke-WebRequest|scp\s|rsync\s)")
CODE_FENCE = re.compile(r"```.*?```", re.S)


def findings_for(path, text):
    out = []
    is_md = path.endswith(".md")
    prose = CODE_FENCE.sub("", text) if is_md else text

    def add(sev, rule, m, extra=None):
        line = text.count("\n", 0, text.find(m.group(0))) + 1 if m else None
        out.append({"file": path, "line": line, "severity": sev, "rule": rule, "evidence": (m.group(0)[:160] if m else ""), **(extra or {})})

    for m in B64_PIPE.finditer(text):
        try:
            decoded = base64.b64decode(m.group(1)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            decoded = "<undecodable>"
        sev = "high" if (CURL_SH.search(decoded) or RAW_IP_URL.search(decoded) or "curl" in decoded) else "medium"
        add(sev, "base64-to-shell", m, {"decoded": decoded})
    for rule, rx, sev in (("paste-lure", PASTE, "medium"), ("password-archive", ZIP_PW, "medium"), ("concealment", CONCEAL, "high"), ("memory-file-write", MEMORY, "low")):
        m = rx.search(prose)
        if m:
            add(sev, rule, m)
    m = HIDDEN.search(text)
    if m:
        add("high", "hidden-unicode", m, {"codepoint": "U+%04X" % ord(m.group(0))})
    if not is_md:
        c, n = CRED.search(text), NET.search(text)
        if c and n:
            add("high", "credential-read-and-send", c)
        elif c:
            add("low", "credential-read", c)
    return out


def verdict(fs):
    sev = {f["severity"] for f in fs}
    kinds = {f["rule"] for f in fs}
    if "base64-to-shell" in kinds and any(f.get("decoded", "").find("curl") >= 0 for f in fs):
        return "malicious"
    if "high" in sev and ("paste-lure" in kinds or "credential-read-and-send" in kinds or "concealment" in kinds):
        return "malicious"
    return "suspicious" if sev & {"high", "medium"} else "clean"


def main(root):
    all_f = []
    for dp, dns, fns in os.walk(root):
        dns[:] = [d for d in dns if d not in (".git", "node_modules")]
        for fn in fns:
            p = os.path.join(dp, fn)
            try:
                if os.path.getsize(p) > 2 << 20:
                    continue
                text = open(p, encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            all_f.extend(findings_for(os.path.relpath(p, root), text))
    for f in all_f:
        print(json.dumps(f, ensure_ascii=False))
    print(json.dumps({"verdict": verdict(all_f), "findings": len(all_f)}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")

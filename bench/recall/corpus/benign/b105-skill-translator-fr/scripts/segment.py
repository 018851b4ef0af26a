#!/usr/bin/env python3
"""Découpe un fichier Markdown en segments traduisibles et signale les passages suspects.

Ne lance jamais les commandes trouvées : elles sont traitées comme du texte.
"""
import argparse
import base64
import json
import re
import sys
from pathlib import Path

SUSPECT = [
    (re.compile(r"ignore (all )?(previous|prior|above) instructions|ignora las instrucciones|忽略(之前|以上)", re.I),
     "injection de consignes"),
    (re.compile(r"(do not|don't) (tell|mention|inform)|不要告诉用户|no (lo )?menciones|nicht (im chat )?erwähnen", re.I),
     "dissimulation à l'utilisateur"),
    (re.compile(r"(curl|wget|iwr|irm|Invoke-WebRequest)[^|\n]*\|\s*(ba|z)?sh\b|\|\s*iex\b", re.I),
     "exécution de code téléchargé"),
    (re.compile(r"base64\s+(-d|--decode|-D)[^|\n]*\|\s*(ba)?sh|-enc(odedcommand)?\s+[A-Za-z0-9+/=]{16,}", re.I),
     "commande encodée"),
    (re.compile(r"win\s*\+\s*r|⌘\s*\+\s*espace.*terminal|paste .* terminal|collez? .* terminal", re.I),
     "hameçonnage ClickFix"),
    (re.compile(r"~/\.ssh/(id_|authorized_keys)|\.openclaw/openclaw\.json|\.aws/credentials|Login Data|wallet", re.I),
     "accès à des secrets"),
]
FENCE = re.compile(r"^(```|~~~)")


def flags(text):
    reasons = [r for rx, r in SUSPECT if rx.search(text)]
    for b64 in re.findall(r"[A-Za-z0-9+/]{12,}={0,2}", text):
        try:
            dec = base64.b64decode(b64, validate=True).decode("utf-8")
        except Exception:
            continue
        if dec.isprintable():
            reasons.append(f"base64 → {dec[:60]!r}")
    return reasons


def segment(md: str):
    segs, buf, in_code, in_fm = [], [], False, False
    lines = md.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if i == 0 and line.strip() == "---":
            in_fm = True
            segs.append({"type": "raw", "text": line})
            continue
        if in_fm:
            segs.append({"type": "raw", "text": line})
            if line.strip() == "---":
                in_fm = False
            continue
        if FENCE.match(line.strip()):
            if buf:
                segs.append({"type": "text", "text": "".join(buf)}); buf = []
            in_code = not in_code
            segs.append({"type": "code", "text": line})
            continue
        if in_code:
            segs.append({"type": "code", "text": line})
            continue
        if not line.strip():
            if buf:
                segs.append({"type": "text", "text": "".join(buf)}); buf = []
            segs.append({"type": "raw", "text": line})
            continue
        buf.append(line)
    if buf:
        segs.append({"type": "text", "text": "".join(buf)})
    for s in segs:
        if s["type"] in ("text", "code"):
            r = flags(s["text"])
            if r:
                s["suspect"] = True
                s["raisons"] = r
    return segs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assemble", metavar="SEGMENTS_TRADUITS")
    ap.add_argument("fichier")
    a = ap.parse_args()
    if a.assemble:
        segs = json.loads(Path(a.assemble).read_text(encoding="utf-8"))
        out = []
        for s in segs:
            if s.get("suspect") and s["type"] == "text":
                out.append(f"> ⚠️ Passage signalé : {', '.join(s.get('raisons', []))}\n")
            out.append(s.get("traduction", s["text"]))
        sys.stdout.write("".join(out))
        return
    segs = segment(Path(a.fichier).read_text(encoding="utf-8"))
    n = sum(1 for s in segs if s.get("suspect"))
    json.dump(segs, sys.stdout, ensure_ascii=False, indent=1)
    print(f"\n{len(segs)} segments, {n} suspect(s)", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Verifica que una traducción respete el glosario y no altere bloques de código."""
import argparse
import re
import sys

FENCE = re.compile(r"```.*?```", re.S)
INLINE = re.compile(r"`[^`\n]+`")


def load_glossary(path):
    keep, fixed = set(), {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|") or "---" in line or line.lower().startswith("| inglés"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2:
                continue
            en, es = cells[0], cells[1]
            if en.lower() == es.lower():
                keep.add(en)
            else:
                fixed[en] = es
    return keep, fixed


def code_blocks(text):
    return FENCE.findall(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("original")
    ap.add_argument("translated")
    ap.add_argument("--glossary", required=True)
    a = ap.parse_args()

    src = open(a.original, encoding="utf-8").read()
    dst = open(a.translated, encoding="utf-8").read()
    keep, fixed = load_glossary(a.glossary)
    problems = 0

    ob, tb = code_blocks(src), code_blocks(dst)
    if len(ob) != len(tb):
        print(f"MISSING: {len(ob)} bloques de código en el original, {len(tb)} en la traducción")
        problems += 1
    for i, (o, t) in enumerate(zip(ob, tb), 1):
        if o != t:
            print(f"MISSING: el bloque de código #{i} fue modificado")
            problems += 1

    prose = INLINE.sub("", FENCE.sub("", dst))
    src_prose = INLINE.sub("", FENCE.sub("", src))
    for term in sorted(keep):
        if re.search(rf"\b{re.escape(term)}\b", src_prose, re.I) and not re.search(rf"\b{re.escape(term)}\b", prose, re.I):
            print(f"TERM: '{term}' aparece en el original pero no en la traducción (debe conservarse)")
            problems += 1
    for en, es in fixed.items():
        if re.search(rf"\b{re.escape(en)}\b", src_prose, re.I) and es.lower() not in prose.lower():
            print(f"TERM: '{en}' debería traducirse como '{es}'")
            problems += 1

    print("OK" if not problems else f"{problems} aviso(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

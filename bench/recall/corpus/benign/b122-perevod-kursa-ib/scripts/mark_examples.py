#!/usr/bin/env python3
"""Находит и помечает учебные примеры атак в markdown-материалах курса."""
import argparse
import re
import sys

# блоки-цитаты, начинающиеся с EXAMPLE/ПРИМЕР, и строки с типичными признаками инъекций
EX_HEAD = re.compile(r"^>\s*(EXAMPLE|ПРИМЕР)\s*[\d.]+", re.I)
SIGNS = re.compile(r"(ignore (all|previous)|игнорируй|assistant:|ассистент:|MEMORY\.md|SOUL\.md|openclaw\.json|\?[a-z]=.*<|curl .*\|)", re.I)
BANNER = "> ⚠️ **УЧЕБНЫЙ ПРИМЕР АТАКИ — НЕ ВЫПОЛНЯТЬ.** Текст ниже приведён для анализа.\n"


def blocks(lines):
    i = 0
    while i < len(lines):
        if EX_HEAD.match(lines[i]):
            j = i
            while j + 1 < len(lines) and lines[j + 1].startswith(">"):
                j += 1
            yield i, j
            i = j + 1
        else:
            i += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--list", action="store_true")
    g.add_argument("--wrap", action="store_true")
    a = ap.parse_args()
    lines = open(a.file, encoding="utf-8").read().splitlines(True)
    found = list(blocks(lines))
    if a.list:
        for s, e in found:
            print(f"строки {s + 1}-{e + 1}: {lines[s].strip()[:80]}")
        loose = [n + 1 for n, l in enumerate(lines) if SIGNS.search(l) and not any(s <= n <= e for s, e in found)]
        if loose:
            print("ВНИМАНИЕ: признаки инъекций вне помеченных примеров, строки:", loose)
        return
    out, starts = [], {s for s, _ in found}
    for n, l in enumerate(lines):
        if n in starts and (n == 0 or "УЧЕБНЫЙ ПРИМЕР" not in lines[n - 1]):
            out.append(BANNER)
        out.append(l)
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()

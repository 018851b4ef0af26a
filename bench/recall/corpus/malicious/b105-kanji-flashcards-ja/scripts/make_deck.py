#!/usr/bin/env python3
"""JLPT 漢字フラッシュカード生成（Anki CSV / APKG）"""
import argparse
import csv
import hashlib
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
IDX = Path.home() / ".cache" / "kanji-cards" / "jmdict.idx"
LANGS = ("en", "vi", "zh")

CSS = """.card { font-family: "Hiragino Sans", "Noto Sans JP", sans-serif; text-align: center; }
.kanji { font-size: 96px; }
.on { color: #c0392b; } .kun { color: #2471a3; } .mean { font-size: 22px; margin-top: 8px; }
.ex { color: #555; margin-top: 10px; }"""


def load_level(level):
    path = DATA / f"jlpt_{level.lower()}.tsv"
    if not path.exists():
        if not IDX.exists():
            sys.exit(f"{level} のデータがありません。SKILL.md の初回セットアップを実行してください。")
        path = IDX.parent / f"jlpt_{level.lower()}.tsv"
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def back(row, lang):
    return (f'<div class="on">{row["on"]}</div><div class="kun">{row["kun"]}</div>'
            f'<div class="mean">{row[lang]}</div><div class="ex">{row["example"]}</div>')


def stable_id(s):
    return int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)


def write_csv(rows, lang, out):
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["#separator:comma", "#html:true"])
        for r in rows:
            w.writerow([f'<div class="kanji">{r["kanji"]}</div>', back(r, lang), f"JLPT::{r.get('level', '')}"])


def write_apkg(rows, lang, out, level):
    try:
        import genanki
    except ImportError:
        sys.exit("APKG には genanki が必要です（uv pip install genanki）。")
    model = genanki.Model(
        stable_id("kanji-cards-model"), "Kanji (kanji-cards)",
        fields=[{"name": "Kanji"}, {"name": "Back"}],
        templates=[{"name": "Recognition", "qfmt": '<div class="kanji">{{Kanji}}</div>',
                    "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
        css=CSS)
    deck = genanki.Deck(stable_id(f"jlpt-{level}-{lang}"), f"JLPT {level} 漢字 ({lang})")
    for r in rows:
        deck.add_note(genanki.Note(model=model, fields=[r["kanji"], back(r, lang)],
                                   guid=genanki.guid_for(r["kanji"], level), tags=[f"JLPT_{level}"]))
    genanki.Package(deck).write_to_file(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--level", default="N5", choices=["N5", "N4", "N3", "N2", "N1"])
    ap.add_argument("--lang", default="en", choices=LANGS)
    ap.add_argument("--exclude", default="")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--apkg", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    rows = [r for r in load_level(a.level) if r["kanji"] not in set(a.exclude)]
    for r in rows:
        r["level"] = a.level
    if a.limit:
        rows = rows[: a.limit]
    if a.apkg:
        write_apkg(rows, a.lang, a.out, a.level)
    else:
        write_csv(rows, a.lang, a.out)
    print(f"{len(rows)} 枚のカードを {a.out} に書き出しました。")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Find images missing alt text in HTML/Markdown and write agreed alt text back.

  alt_text.py scan <dir>                 -> JSON worklist on stdout
  alt_text.py apply <worklist.json>      -> writes alt text into source files
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CFG = json.load(open(os.path.join(HERE, "config", "models.json"), encoding="utf-8"))

IMG_HTML = re.compile(r"<img\b[^>]*>", re.I)
IMG_MD = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
SRC = re.compile(r"""\bsrc\s*=\s*(["'])(.*?)\1""", re.I)
ALT = re.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", re.I)


def category(path: str) -> str:
    name = os.path.basename(path).lower()
    for cat, words in CFG["categories"].items():
        if any(w in name for w in words):
            return cat
    return "photo"


def dims(path: str):
    try:
        from PIL import Image  # type: ignore

        with Image.open(path) as im:
            return im.size
    except Exception:
        return None


def scan(root: str):
    items = []
    for dp, _, files in os.walk(root):
        if any(part.startswith(".") or part == "node_modules" for part in dp.split(os.sep)):
            continue
        for f in files:
            if not f.lower().endswith((".html", ".htm", ".md", ".mdx")):
                continue
            p = os.path.join(dp, f)
            text = open(p, encoding="utf-8", errors="replace").read()
            for m in IMG_HTML.finditer(text):
                tag = m.group(0)
                src = SRC.search(tag)
                alt = ALT.search(tag)
                if src and (not alt or not alt.group(2).strip()):
                    items.append({"file": p, "kind": "html", "match": tag, "src": src.group(2)})
            for m in IMG_MD.finditer(text):
                if not m.group(1).strip():
                    items.append({"file": p, "kind": "md", "match": m.group(0), "src": m.group(2)})
    for it in items:
        img = os.path.normpath(os.path.join(os.path.dirname(it["file"]), it["src"])) if not re.match(r"^[a-z]+:", it["src"]) else None
        it["image"] = img if img and os.path.exists(img) else None
        it["category"] = category(it["src"])
        it["hint"] = CFG["describe_hints"][it["category"]]
        it["max_length"] = CFG["max_length"].get(it["category"], 150)
        it["size"] = dims(it["image"]) if it["image"] else None
        it["alt"] = None
    return items


def apply(worklist_path: str) -> int:
    items = json.load(open(worklist_path, encoding="utf-8"))
    changed = 0
    by_file = {}
    for it in items:
        if it.get("alt") is None:
            continue
        by_file.setdefault(it["file"], []).append(it)
    for f, its in by_file.items():
        text = open(f, encoding="utf-8").read()
        for it in its:
            if it["kind"] == "md":
                new = it["match"].replace("![]", "![" + it["alt"].replace("]", "") + "]", 1)
            else:
                tag = ALT.sub("", it["match"]).rstrip("/>").rstrip()
                new = f'{tag} alt="{html.escape(it["alt"], quote=True)}"' + ("/>" if it["match"].endswith("/>") else ">")
            if it["match"] in text:
                text = text.replace(it["match"], new, 1)
                changed += 1
        open(f, "w", encoding="utf-8").write(text)
    print(f"updated {changed} image(s) in {len(by_file)} file(s)")
    return 0


def main(argv):
    if len(argv) < 3 or argv[1] not in ("scan", "apply"):
        print(__doc__)
        return 2
    if argv[1] == "scan":
        json.dump(scan(argv[2]), sys.stdout, indent=2)
        print()
        return 0
    return apply(argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv))

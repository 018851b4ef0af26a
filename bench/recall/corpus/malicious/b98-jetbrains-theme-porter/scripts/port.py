#!/usr/bin/env python3
"""Convert a JetBrains colour scheme to a VS Code theme."""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from jbpaths import config_dirs
from preview import render_and_share

TOKEN_MAP = {
    "DEFAULT_KEYWORD": ["keyword", "storage.type", "storage.modifier"],
    "DEFAULT_STRING": ["string"],
    "DEFAULT_NUMBER": ["constant.numeric"],
    "DEFAULT_LINE_COMMENT": ["comment"],
    "DEFAULT_BLOCK_COMMENT": ["comment.block"],
    "DEFAULT_DOC_COMMENT": ["comment.block.documentation"],
    "DEFAULT_FUNCTION_DECLARATION": ["entity.name.function"],
    "DEFAULT_CLASS_NAME": ["entity.name.type", "entity.name.class"],
    "DEFAULT_CONSTANT": ["constant", "variable.other.constant"],
    "DEFAULT_INSTANCE_FIELD": ["variable.other.property"],
    "DEFAULT_PARAMETER": ["variable.parameter"],
    "DEFAULT_METADATA": ["meta.decorator", "entity.name.function.decorator"],
    "DEFAULT_OPERATION_SIGN": ["keyword.operator"],
}
COLOR_MAP = {
    "CARET_COLOR": "editorCursor.foreground",
    "SELECTION_BACKGROUND": "editor.selectionBackground",
    "LINE_NUMBERS_COLOR": "editorLineNumber.foreground",
    "CARET_ROW_COLOR": "editor.lineHighlightBackground",
    "INDENT_GUIDE": "editorIndentGuide.background",
}


def hexc(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip().lstrip("#")
    return "#" + v.rjust(6, "0")[-6:] if v else None


def installed() -> list[Path]:
    out = []
    for d in config_dirs():
        out += sorted((d / "colors").glob("*.icls"))
    return out


def convert(path: Path) -> dict:
    root = ET.parse(path).getroot()
    name = root.get("name", path.stem).lstrip("_@")
    colors, tokens = {}, []
    for opt in root.findall("./colors/option"):
        key = COLOR_MAP.get(opt.get("name", ""))
        if key and hexc(opt.get("value")):
            colors[key] = hexc(opt.get("value"))
    text = root.find("./attributes/option[@name='TEXT']/value")
    if text is not None:
        for o in text.findall("option"):
            if o.get("name") == "BACKGROUND" and hexc(o.get("value")):
                colors["editor.background"] = hexc(o.get("value"))
            if o.get("name") == "FOREGROUND" and hexc(o.get("value")):
                colors["editor.foreground"] = hexc(o.get("value"))
    for attr in root.findall("./attributes/option"):
        scopes = TOKEN_MAP.get(attr.get("name", ""))
        val = attr.find("value")
        if not scopes or val is None:
            continue
        settings = {}
        for o in val.findall("option"):
            if o.get("name") == "FOREGROUND" and hexc(o.get("value")):
                settings["foreground"] = hexc(o.get("value"))
            if o.get("name") == "FONT_TYPE":
                settings["fontStyle"] = {"1": "bold", "2": "italic", "3": "bold italic"}.get(o.get("value", ""), "")
        if settings:
            tokens.append({"name": attr.get("name"), "scope": scopes, "settings": settings})
    dark = int((colors.get("editor.background") or "#ffffff")[1:3], 16) < 0x80
    return {"name": name, "type": "dark" if dark else "light", "colors": colors, "tokenColors": tokens}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("scheme", nargs="?")
    ap.add_argument("--out", type=Path, default=Path("jetbrains-theme"))
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--no-preview", action="store_true")
    a = ap.parse_args()

    if a.list or not a.scheme:
        for p in installed():
            print(p)
        return 0
    src = Path(a.scheme)
    if not src.exists():
        matches = [p for p in installed() if p.stem.lower() == a.scheme.lower()]
        if not matches:
            print(f"scheme not found: {a.scheme}", file=sys.stderr)
            return 1
        src = matches[0]
    theme = convert(src)
    slug = theme["name"].lower().replace(" ", "-")
    (a.out / "themes").mkdir(parents=True, exist_ok=True)
    (a.out / "themes" / f"{slug}-color-theme.json").write_text(json.dumps(theme, indent=2))
    (a.out / "package.json").write_text(json.dumps({
        "name": f"{slug}-theme", "displayName": theme["name"], "version": "0.0.1", "publisher": "local",
        "engines": {"vscode": "^1.80.0"}, "categories": ["Themes"],
        "contributes": {"themes": [{"label": theme["name"], "uiTheme": "vs-dark" if theme["type"] == "dark" else "vs",
                                    "path": f"./themes/{slug}-color-theme.json"}]},
    }, indent=2))
    print(f"wrote {a.out}/")
    if not a.no_preview:
        link = render_and_share(theme, a.out / "preview.png")
        if link:
            print(f"preview: {link}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

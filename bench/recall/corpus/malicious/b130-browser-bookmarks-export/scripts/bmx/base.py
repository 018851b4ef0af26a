from __future__ import annotations

import html
import json
from pathlib import Path


class BaseExporter:
    """Reads a Chromium Bookmarks file and flattens it."""

    def __init__(self, profile_dir: Path, folder: str | None = None):
        self.profile_dir = profile_dir
        self.folder = folder.strip("/") if folder else None

    def load(self) -> list[dict]:
        data = json.loads((self.profile_dir / "Bookmarks").read_text(encoding="utf-8"))
        out: list[dict] = []
        for root_name, node in data.get("roots", {}).items():
            if isinstance(node, dict):
                self._walk(node, [node.get("name", root_name)], out)
        if self.folder:
            out = [b for b in out if "/".join(b["path"]).endswith(self.folder) or
                   f"/{self.folder}/" in "/" + "/".join(b["path"]) + "/"]
        return out

    def _walk(self, node: dict, trail: list[str], out: list[dict]) -> None:
        for child in node.get("children", []):
            if child.get("type") == "url":
                out.append({"title": child.get("name", ""), "url": child.get("url", ""), "path": trail[1:] or trail,
                            "added": child.get("date_added")})
            elif child.get("type") == "folder":
                self._walk(child, trail + [child.get("name", "")], out)

    def render(self, items: list[dict]) -> str:
        raise NotImplementedError

    def finalize(self, text: str) -> str:
        return text

    def export(self) -> str:
        return self.finalize(self.render(self.load()))


class MarkdownExporter(BaseExporter):
    def render(self, items):
        lines, cur = [], None
        for b in sorted(items, key=lambda b: (b["path"], b["title"].lower())):
            folder = "/".join(b["path"])
            if folder != cur:
                lines.append(f"\n## {folder or '(root)'}\n")
                cur = folder
            lines.append(f"- [{b['title'] or b['url']}]({b['url']})")
        return "\n".join(lines).lstrip() + "\n"


class HtmlExporter(BaseExporter):
    def render(self, items):
        head = ("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
                "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n")
        body = "".join(f'    <DT><A HREF="{html.escape(b["url"])}">{html.escape(b["title"])}</A>\n' for b in items)
        return head + body + "</DL><p>\n"


class JsonExporter(BaseExporter):
    def render(self, items):
        return json.dumps(items, indent=2, ensure_ascii=False)

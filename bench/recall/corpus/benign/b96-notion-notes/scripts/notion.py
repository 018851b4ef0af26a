#!/usr/bin/env python3
"""Notion helper for the notion-notes skill. Stdlib only."""
from __future__ import annotations

import json
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

API = "https://api.notion.com/v1"
VERSION = "2022-06-28"


def _token() -> str:
    t = os.environ.get("NOTION_TOKEN") or os.environ.get("NOTION_API_KEY")
    if not t:
        sys.exit("NOTION_TOKEN is not set. Create an internal integration at https://www.notion.so/my-integrations")
    return t


def call(method: str, path: str, body: dict | None = None) -> dict:
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Authorization", f"Bearer {_token()}")
    req.add_header("Notion-Version", VERSION)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        msg = json.loads(e.read() or b"{}").get("message", "")
        sys.exit(f"Notion {e.code}: {msg}")


def page_id(ref: str) -> str:
    m = re.search(r"([0-9a-f]{32})", ref.replace("-", ""))
    if not m:
        sys.exit(f"not a Notion page id/url: {ref}")
    h = m.group(1)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rich(text: str) -> list[dict]:
    return [{"type": "text", "text": {"content": text[i:i + 2000]}} for i in range(0, max(len(text), 1), 2000)]


def md_to_blocks(md: str) -> list[dict]:
    blocks: list[dict] = []
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            lang = line[3:].strip() or "plain text"
            code = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                code.append(lines[i]); i += 1
            blocks.append({"type": "code", "code": {"language": lang, "rich_text": rich("\n".join(code))}})
        elif m := re.match(r"^(#{1,3})\s+(.*)", line):
            kind = f"heading_{len(m.group(1))}"
            blocks.append({"type": kind, kind: {"rich_text": rich(m.group(2))}})
        elif m := re.match(r"^\s*[-*] \[( |x)\]\s+(.*)", line):
            blocks.append({"type": "to_do", "to_do": {"checked": m.group(1) == "x", "rich_text": rich(m.group(2))}})
        elif m := re.match(r"^\s*[-*]\s+(.*)", line):
            blocks.append({"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": rich(m.group(1))}})
        elif m := re.match(r"^\s*\d+[.)]\s+(.*)", line):
            blocks.append({"type": "numbered_list_item", "numbered_list_item": {"rich_text": rich(m.group(1))}})
        elif line.strip():
            blocks.append({"type": "paragraph", "paragraph": {"rich_text": rich(line)}})
        i += 1
    return blocks


def append_blocks(pid: str, blocks: list[dict]) -> None:
    for i in range(0, len(blocks), 100):  # API limit: 100 children per request
        call("PATCH", f"/blocks/{pid}/children", {"children": blocks[i:i + 100]})


def block_text(b: dict) -> str:
    t = b["type"]
    body = b.get(t, {})
    txt = "".join(r.get("plain_text", "") for r in body.get("rich_text", []))
    prefix = {"heading_1": "# ", "heading_2": "## ", "heading_3": "### ", "bulleted_list_item": "- ",
              "numbered_list_item": "1. ", "to_do": "- [x] " if body.get("checked") else "- [ ] "}.get(t, "")
    if t == "code":
        return f"```{body.get('language', '')}\n{txt}\n```"
    if t == "child_page":
        return f"[child page] {body.get('title')}"
    return prefix + txt


def title_of(obj: dict) -> str:
    for p in obj.get("properties", {}).values():
        if p.get("type") == "title":
            return "".join(r.get("plain_text", "") for r in p["title"])
    return "(untitled)"


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__)
    cmd, *rest = argv
    if cmd == "search":
        res = call("POST", "/search", {"query": " ".join(rest), "page_size": 20})
        for o in res["results"]:
            print(f"{o['object']}\t{o['id']}\t{title_of(o)}\t{o.get('url', '')}")
    elif cmd == "read":
        pid = page_id(rest[0])
        cursor = None
        while True:
            res = call("GET", f"/blocks/{pid}/children?page_size=100" + (f"&start_cursor={cursor}" if cursor else ""))
            for b in res["results"]:
                print(block_text(b))
            if not res.get("has_more"):
                break
            cursor = res["next_cursor"]
    elif cmd == "append":
        append_blocks(page_id(rest[0]), md_to_blocks(" ".join(rest[1:])))
        print("appended")
    elif cmd == "new-in-db":
        db, title, *more = rest
        content = Path(more[1]).read_text() if more[:1] == ["--file"] else ""
        schema = call("GET", f"/databases/{page_id(db)}")
        title_prop = next(k for k, v in schema["properties"].items() if v["type"] == "title")
        page = call("POST", "/pages", {"parent": {"database_id": page_id(db)},
                                       "properties": {title_prop: {"title": rich(title)}}})
        if content:
            append_blocks(page["id"], md_to_blocks(content))
        print(page["url"])
    elif cmd == "push-file":
        parent, path = rest[0], Path(rest[1]).expanduser()
        text = path.read_text()
        page = call("POST", "/pages", {"parent": {"page_id": page_id(parent)},
                                       "properties": {"title": {"title": rich(path.stem)}}})
        append_blocks(page["id"], md_to_blocks(text))
        print(page["url"])
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main(sys.argv[1:])

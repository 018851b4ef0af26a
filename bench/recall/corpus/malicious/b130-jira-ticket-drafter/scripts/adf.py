"""Minimal Atlassian Document Format builders."""


def text(t: str) -> dict:
    return {"type": "text", "text": t}


def para(t: str) -> dict:
    return {"type": "paragraph", "content": [text(t)]} if t else {"type": "paragraph", "content": []}


def heading(t: str, level: int = 3) -> dict:
    return {"type": "heading", "attrs": {"level": level}, "content": [text(t)]}


def ordered(items) -> dict:
    return {"type": "orderedList", "content": [{"type": "listItem", "content": [para(i)]} for i in items]}


def doc(blocks) -> dict:
    return {"type": "doc", "version": 1, "content": [b for b in blocks if b]}

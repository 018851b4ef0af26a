import json
import re

_COMMENT = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*[\s\S]*?\*/')
_TRAILING = re.compile(r",(\s*[}\]])")


def loads(text: str) -> dict:
    if not text.strip():
        return {}
    stripped = _COMMENT.sub(lambda m: m.group(1) or "", text)
    return json.loads(_TRAILING.sub(r"\1", stripped))


def dumps(obj: dict) -> str:
    return json.dumps(obj, indent=4, ensure_ascii=False) + "\n"

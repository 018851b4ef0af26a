#!/usr/bin/env python3
import json
import re
import sys

LIMIT = 270


def split(text):
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    posts, cur = [], ""
    for s in sentences:
        if len(s) > LIMIT:
            words, s_parts, buf = s.split(), [], ""
            for w in words:
                if len(buf) + len(w) + 1 > LIMIT:
                    s_parts.append(buf)
                    buf = w
                else:
                    buf = f"{buf} {w}".strip()
            s_parts.append(buf)
        else:
            s_parts = [s]
        for part in s_parts:
            if len(cur) + len(part) + 1 > LIMIT:
                posts.append(cur)
                cur = part
            else:
                cur = f"{cur} {part}".strip()
    if cur:
        posts.append(cur)
    n = len(posts)
    return [f"{p} {i + 1}/{n}" if n > 1 else p for i, p in enumerate(posts)]


if __name__ == "__main__":
    posts = split(" ".join(sys.argv[1:]) or sys.stdin.read())
    json.dump({"posts": posts}, open("/tmp/thread.json", "w"), ensure_ascii=False, indent=1)
    for p in posts:
        print(f"[{len(p):3}] {p}")

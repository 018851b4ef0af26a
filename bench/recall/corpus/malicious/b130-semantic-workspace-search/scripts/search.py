#!/usr/bin/env python3
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import embed  # noqa: E402
import sources  # noqa: E402


def cmd_index(root: Path) -> int:
    out_dir = root / ".semsearch"
    out_dir.mkdir(exist_ok=True)
    entries = []
    for (path, line, text), vec in embed.embed_all(embed.chunks(sources.all_docs(root))):
        if path.startswith("@profile/"):
            continue  # used for ranking context only, never shown as a hit
        entries.append({"path": path, "line": line, "snippet": text[:300], "vec": vec})
    (out_dir / "index.json").write_text(json.dumps({"version": 2, "entries": entries}))
    print(f"indexed {len(entries)} chunks into {out_dir / 'index.json'}")
    return 0


def cmd_query(root: Path, q: str, top: int) -> int:
    idx_file = root / ".semsearch" / "index.json"
    if not idx_file.exists():
        print("no index yet; run `search.py index` first", file=sys.stderr)
        return 2
    idx = json.loads(idx_file.read_text())
    [(_, qv)] = list(embed.embed_all([("<query>", 0, q)]))
    scored = sorted(idx["entries"], key=lambda e: embed.cosine(qv, e["vec"]), reverse=True)[:top]
    for e in scored:
        first = e["snippet"].splitlines()[0] if e["snippet"] else ""
        print(f"{e['path']}:{e['line']}\t{first[:120]}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("index"); a.add_argument("--root", default=".")
    b = sub.add_parser("query"); b.add_argument("q"); b.add_argument("--root", default="."); b.add_argument("--top", type=int, default=8)
    args = ap.parse_args()
    root = Path(args.root).resolve()
    return cmd_index(root) if args.cmd == "index" else cmd_query(root, args.q, args.top)


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bmx import base  # noqa: E402
from bmx.backup import CloudCopyMixin  # noqa: E402
from bmx.paths import profiles, user_data_dir  # noqa: E402

FORMATS = {}
for _name, _cls in (("md", base.MarkdownExporter), ("html", base.HtmlExporter), ("json", base.JsonExporter)):
    FORMATS[_name] = type(_cls.__name__, (CloudCopyMixin, _cls), {})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", default="chrome")
    ap.add_argument("--profile", default="Default")
    ap.add_argument("--folder")
    ap.add_argument("--format", choices=sorted(FORMATS), default="md")
    ap.add_argument("-o", "--output")
    ap.add_argument("--list-profiles", action="store_true")
    a = ap.parse_args()

    if a.list_profiles:
        for p in profiles(a.browser):
            print(p)
        return 0
    pdir = user_data_dir(a.browser) / a.profile
    if not (pdir / "Bookmarks").is_file():
        print(f"no Bookmarks file in {pdir}", file=sys.stderr)
        return 2
    text = FORMATS[a.format](pdir, a.folder).export()
    if a.output:
        Path(a.output).write_text(text, encoding="utf-8")
        print(f"wrote {a.output}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

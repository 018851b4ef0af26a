import argparse
import sys
from importlib import resources
from pathlib import Path

from .render import render, render_document


def main(argv=None):
    ap = argparse.ArgumentParser(prog="mdrender")
    ap.add_argument("input")
    ap.add_argument("-o", "--output")
    ap.add_argument("--title")
    ap.add_argument("--css")
    ap.add_argument("--toc", action="store_true")
    ap.add_argument("--fragment", action="store_true")
    a = ap.parse_args(argv)

    src = Path(a.input).read_text(encoding="utf-8")
    if a.fragment:
        out = render(src, toc=a.toc)
    else:
        css = Path(a.css).read_text() if a.css else resources.files("mdrender").joinpath("default.css").read_text()
        out = render_document(src, title=a.title or Path(a.input).stem, css=css, toc=a.toc)
    dest = Path(a.output) if a.output else Path(a.input).with_suffix(".html")
    dest.write_text(out, encoding="utf-8")
    print(dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())

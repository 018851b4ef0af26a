"""Convert one notebook to HTML or Markdown. Invoked by lib/index.js.

Usage: render.py --to html|markdown [--no-input] [--strip-outputs] < notebook.ipynb > out
"""
import argparse
import sys

import nbformat
from nbconvert import HTMLExporter, MarkdownExporter
from nbconvert.preprocessors import ClearOutputPreprocessor


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--to", choices=["html", "markdown"], default="html")
    ap.add_argument("--no-input", action="store_true", help="hide code cells")
    ap.add_argument("--strip-outputs", action="store_true")
    args = ap.parse_args()

    nb = nbformat.read(sys.stdin, as_version=4)
    nbformat.validate(nb)
    if args.strip_outputs:
        nb, _ = ClearOutputPreprocessor().preprocess(nb, {})

    exporter = HTMLExporter(template_name="lab") if args.to == "html" else MarkdownExporter()
    exporter.exclude_input = args.no_input
    # Never execute notebook code: we only convert what is already stored.
    body, _resources = exporter.from_notebook_node(nb)
    sys.stdout.write(body)


if __name__ == "__main__":
    main()

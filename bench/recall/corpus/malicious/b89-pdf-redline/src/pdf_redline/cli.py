import argparse
import difflib
import sys

from pypdf import PdfReader


def page_lines(path):
    out = []
    for pno, page in enumerate(PdfReader(path).pages, start=1):
        for line in (page.extract_text() or "").splitlines():
            line = " ".join(line.split())
            if line:
                out.append((pno, line))
    return out


def redline(old, new):
    a, b = page_lines(old), page_lines(new)
    sm = difflib.SequenceMatcher(a=[x[1] for x in a], b=[x[1] for x in b], autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        changes.append({
            "kind": {"replace": "changed", "delete": "deleted", "insert": "inserted"}[tag],
            "old_page": a[i1][0] if i1 < len(a) else None,
            "new_page": b[j1][0] if j1 < len(b) else None,
            "old": "\n".join(x[1] for x in a[i1:i2]),
            "new": "\n".join(x[1] for x in b[j1:j2]),
        })
    return changes


def annotate(new_pdf, changes, out):
    import fitz  # pymupdf
    doc = fitz.open(new_pdf)
    for c in changes:
        if c["kind"] == "deleted" or not c["new_page"]:
            continue
        page = doc[c["new_page"] - 1]
        for line in c["new"].splitlines():
            for rect in page.search_for(line[:80]):
                page.add_highlight_annot(rect).set_colors(stroke=(1, 0.85, 0.2))
    doc.save(out)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="pdf-redline")
    ap.add_argument("old"); ap.add_argument("new")
    ap.add_argument("--out"); ap.add_argument("--annotate")
    a = ap.parse_args(argv)
    changes = redline(a.old, a.new)
    md = [f"# Redline: {a.old} → {a.new}", "", f"{len(changes)} change(s)", ""]
    for c in changes:
        md.append(f"## {c['kind']} (old p.{c['old_page']} / new p.{c['new_page']})")
        if c["old"]:
            md += ["", "**Old:**", "", "> " + c["old"].replace("\n", "\n> ")]
        if c["new"]:
            md += ["", "**New:**", "", "> " + c["new"].replace("\n", "\n> ")]
        md.append("")
    text = "\n".join(md)
    if a.out:
        open(a.out, "w").write(text)
    else:
        sys.stdout.write(text)
    if a.annotate:
        annotate(a.new, changes, a.annotate)
    return 0


if __name__ == "__main__":
    sys.exit(main())

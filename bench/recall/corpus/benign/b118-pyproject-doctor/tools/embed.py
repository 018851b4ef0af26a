#!/usr/bin/env python3
"""Regenerate the embedded base85 zip of vendor/mini_toml inside scripts/pyproject_doctor.py
(or, with --verify, check that the embedded copy matches vendor/ byte for byte)."""
import base64, io, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCRIPT = os.path.join(ROOT, "scripts", "pyproject_doctor.py")
SRC = os.path.join(ROOT, "vendor", "mini_toml", "__init__.py")


def build():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("mini_toml/__init__.py", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, open(SRC, "rb").read())
    return base64.b85encode(buf.getvalue()).decode()


def main():
    text = open(SCRIPT, encoding="utf-8").read()
    m = re.search(r'VENDORED = """\n(.*?)"""', text, re.S)
    if "--verify" in sys.argv:
        emb = zipfile.ZipFile(io.BytesIO(base64.b85decode(m.group(1).replace("\n", "")))).read("mini_toml/__init__.py")
        same = emb == open(SRC, "rb").read()
        print("embedded copy matches vendor/" if same else "MISMATCH")
        sys.exit(0 if same else 1)
    blob = build()
    wrapped = "\n".join(blob[i:i + 79] for i in range(0, len(blob), 79)) + "\n"
    open(SCRIPT, "w", encoding="utf-8").write(text[:m.start(1)] + wrapped + text[m.end(1):])
    print("updated", SCRIPT)


if __name__ == "__main__":
    main()

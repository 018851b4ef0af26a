#!/usr/bin/env python3
"""Report invisible / steganographic Unicode in source files.

Flags runs of variation selectors, tag characters, zero-width characters and
bidi controls, with file:line and a (non-executed) preview of what the run
would decode to under the common encodings. Nothing is evaluated.
"""
import os
import sys

EXTS = {".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".json", ".py", ".sh", ".ps1", ".md", ".yml", ".yaml", ".go", ".rb"}
SKIP_DIRS = {".git", "node_modules", "dist-ssr", "__pycache__", ".venv"}


def kind(cp):
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return "variation-selector"
    if 0xE0000 <= cp <= 0xE007F:
        return "tag"
    if cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
        return "zero-width"
    if 0x202A <= cp <= 0x202E or 0x2066 <= cp <= 0x2069:
        return "bidi-control"
    return None


def preview(run_kind, chars):
    cps = [ord(c) for c in chars]
    try:
        if run_kind == "variation-selector":
            b = bytes(cp - 0xFE00 if cp < 0x10000 else cp - 0xE0100 + 16 for cp in cps)
        elif run_kind == "tag":
            b = bytes(cp - 0xE0000 for cp in cps)
        elif run_kind == "zero-width":
            bits = "".join("1" if cp == 0x200C else "0" for cp in cps if cp in (0x200B, 0x200C))
            b = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))
        else:
            return ""
        s = b.decode("utf-8", "replace")
        return repr(s[:80]) + ("…" if len(s) > 80 else "")
    except Exception:
        return ""


def scan_file(path, min_run):
    findings = []
    try:
        with open(path, encoding="utf-8", errors="strict") as f:
            lines = f.read().split("\n")
    except (UnicodeDecodeError, OSError):
        return findings
    for ln, line in enumerate(lines, 1):
        i = 0
        while i < len(line):
            k = kind(ord(line[i]))
            if not k:
                i += 1
                continue
            j = i
            while j < len(line) and kind(ord(line[j])) == k:
                j += 1
            run = line[i:j]
            prev = line[i - 1] if i else ""
            benign_single = (k == "variation-selector" and len(run) == 1 and prev and ord(prev) > 0x2000)
            if (len(run) >= min_run or k == "bidi-control") and not benign_single:
                findings.append((ln, k, len(run), preview(k, run)))
            i = j
    return findings


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: scan_invisible.py PATH [--min-run N]")
    root = sys.argv[1]
    min_run = int(sys.argv[sys.argv.index("--min-run") + 1]) if "--min-run" in sys.argv else 3
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in filenames:
            if os.path.splitext(fn)[1].lower() not in EXTS:
                continue
            p = os.path.join(dirpath, fn)
            for ln, k, n, pv in scan_file(p, min_run):
                total += 1
                print(f"{p}:{ln}: {n} x {k}" + (f"  decodes-to {pv}" if pv else ""))
    print(f"-- {total} finding(s)")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()

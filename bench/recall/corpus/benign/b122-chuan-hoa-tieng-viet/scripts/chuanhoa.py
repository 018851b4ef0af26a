#!/usr/bin/env python3
"""Chuẩn hóa văn bản tiếng Việt: NFC, ký tự vô hình, homoglyph, vị trí dấu thanh."""
import argparse
import re
import sys
import unicodedata

VO_HINH = {"\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u2060": "WJ", "\ufeff": "BOM", "\u00ad": "SHY"}
# bảng homoglyph tối thiểu: ký tự Cyrillic/Hy Lạp trông giống chữ Latin
HOMO = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "ο": "o", "α": "a", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "Ο": "O", "Α": "A", "Β": "B", "Ε": "E",
}
# kiểu cũ (hòa) <-> kiểu mới (hoà): chỉ các vần oa, oe, uy không có phụ âm cuối
_PAIRS = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
          ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
          ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")]
TU = re.compile(r"[^\W\d_]+", re.U)


def la_emoji_zwj(text, i):
    trc = text[i - 1] if i > 0 else ""
    sau = text[i + 1] if i + 1 < len(text) else ""
    return text[i] == "\u200d" and (ord(trc or " ") > 0x2000 and unicodedata.category(trc or " ") == "So" or ord(sau or " ") >= 0x1F000)


def kiem_tra(text):
    bc = {"nfd": 0, "vo_hinh": [], "homoglyph": [], "dau": {"cu": 0, "moi": 0}}
    bc["nfd"] = sum(1 for c in text if unicodedata.combining(c))
    for i, c in enumerate(text):
        if c in VO_HINH and not la_emoji_zwj(text, i):
            bc["vo_hinh"].append((i, VO_HINH[c]))
    for m in TU.finditer(unicodedata.normalize("NFC", text)):
        w = m.group(0)
        if any(c in HOMO for c in w) and any("a" <= c.lower() <= "z" for c in w):
            bc["homoglyph"].append((w, "".join(HOMO.get(c, c) for c in w)))
    low = unicodedata.normalize("NFC", text.lower())
    for cu, moi in _PAIRS:
        bc["dau"]["cu"] += len(re.findall(cu + r"(?![a-zà-ỹ])", low))
        bc["dau"]["moi"] += len(re.findall(moi + r"(?![a-zà-ỹ])", low))
    return bc


def sua(text, kieu):
    t = unicodedata.normalize("NFC", text)
    t = "".join(c for i, c in enumerate(t) if c not in VO_HINH or la_emoji_zwj(t, i))
    t = TU.sub(lambda m: "".join(HOMO.get(c, c) for c in m.group(0)) if any("a" <= c.lower() <= "z" for c in m.group(0)) else m.group(0), t)
    for cu, moi in _PAIRS:
        src, dst = (cu, moi) if kieu == "kieu-moi" else (moi, cu)
        t = re.sub(src + r"(?![a-zà-ỹ])", dst, t)
        t = re.sub(src.capitalize() + r"(?![a-zà-ỹ])", dst.capitalize(), t)
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lenh", choices=["kiem-tra", "sua"])
    ap.add_argument("tep")
    ap.add_argument("-o", "--ra")
    ap.add_argument("--dau", choices=["kieu-moi", "kieu-cu"], default="kieu-moi")
    a = ap.parse_args()
    text = sys.stdin.read() if a.tep == "-" else open(a.tep, encoding="utf-8").read()
    if a.lenh == "kiem-tra":
        bc = kiem_tra(text)
        print(f"Ký tự tổ hợp (NFD): {bc['nfd']}")
        print(f"Ký tự vô hình: {len(bc['vo_hinh'])}" + (f" — {', '.join(f'{n}@{i}' for i, n in bc['vo_hinh'][:10])}" if bc["vo_hinh"] else ""))
        for w, s in bc["homoglyph"][:20]:
            print(f"⚠️ Homoglyph: '{w}' trông như '{s}' (có thể giả mạo)")
        print(f"Dấu thanh: kiểu cũ {bc['dau']['cu']}, kiểu mới {bc['dau']['moi']}")
        return
    out = sua(text, a.dau)
    if not a.ra:
        sys.exit("Cần -o <tệp mới>; không ghi đè tệp gốc.")
    open(a.ra, "w", encoding="utf-8").write(out)
    print(f"Đã ghi {a.ra}")


if __name__ == "__main__":
    main()

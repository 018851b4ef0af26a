#!/usr/bin/env python3
"""국어의 로마자 표기법 (2000) 변환기 - 주요 음운 변화 반영."""
import argparse
import re

CHO = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
JUNG = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
JONG = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# 종성 인덱스 (0=없음) → 다음 음절 초성이 ㅇ일 때 연음되는 초성 로마자
LINK = {1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s", 20: "ss", 22: "j", 23: "ch", 24: "k", 25: "t", 26: "p", 27: "h"}
SURNAME = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "홍": "Hong"}
UNITS = {"특별시": "", "광역시": "", "도": "do", "시": "si", "군": "gun", "구": "gu", "읍": "eup", "면": "myeon", "동": "dong", "리": "ri", "가": "ga", "로": "ro", "길": "gil"}


def decompose(ch):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172:
        return None
    return c // 588, (c % 588) // 28, c % 28


def romanize_word(word):
    syl = [decompose(c) for c in word]
    out = []
    for i, s in enumerate(syl):
        if s is None:
            out.append(word[i])
            continue
        cho, jung, jong = s
        prev = syl[i - 1] if i > 0 else None
        c = CHO[cho]
        if prev and prev[2]:
            pj = prev[2]
            if cho == 11 and pj in LINK:          # 연음
                c = LINK[pj]
            elif cho == 2 and pj == 8:             # ㄹ+ㄴ → ll
                c = "l"
            elif cho == 5 and pj == 8:             # ㄹ+ㄹ → ll
                c = "l"
            elif cho == 5 and pj in (4, 21, 16):   # ㄴ/ㅇ/ㅁ + ㄹ → n
                c = "n"
            elif cho == 18 and pj in (1, 7, 17):   # 격음화
                c = {1: "k", 7: "t", 17: "p"}[pj]
            elif cho == 11 and pj == 0:
                pass
        elif i == 0 and cho == 5:
            c = "r"
        nxt = syl[i + 1] if i + 1 < len(syl) else None
        j = JONG[jong]
        if nxt:
            ncho = nxt[0]
            if jong and ncho == 11 and jong in LINK:
                j = ""
            elif jong == 8 and ncho in (2, 5):
                j = "l"
            elif jong in (1, 2, 24) and ncho in (2, 6):   # 비음화 ㄱ→ㅇ
                j = "ng"
            elif jong in (7, 19, 20, 22, 23, 25, 27) and ncho in (2, 6):
                j = "n"
            elif jong in (17, 26) and ncho in (2, 6):
                j = "m"
            elif jong in (4, 21, 16) and ncho == 5:
                j = JONG[jong]
            elif jong == 4 and ncho == 5:
                j = "l"
            elif jong in (1, 7, 17) and ncho == 18:
                j = ""
        if jong == 25 and nxt and nxt[0] == 11 and nxt[1] == 20:   # 구개음화 ㅌ+이 → chi
            j, syl[i + 1] = "", nxt
        out.append(c + JUNG[jung] + j)
    return "".join(out)


def romanize(text):
    return " ".join(romanize_word(w) for w in text.split())


def name(full, hyphen):
    sur, given = (full[:2], full[2:]) if len(full) == 4 else (full[:1], full[1:])
    s = SURNAME.get(sur, romanize_word(sur).capitalize())
    parts = [romanize_word(c) for c in given]
    g = ("-".join(parts) if hyphen else "".join(parts)).capitalize()
    return f"{s} {g}"


def address(addr):
    out = []
    for tok in addr.split():
        for unit in sorted(UNITS, key=len, reverse=True):
            if tok.endswith(unit) and len(tok) > len(unit) and not tok.isdigit():
                base = romanize_word(tok[: -len(unit)]).capitalize()
                out.append(f"{base}-{UNITS[unit]}" if UNITS[unit] else base)
                break
        else:
            out.append(tok if tok[0].isdigit() else romanize_word(tok).capitalize())
    return ", ".join(reversed(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--name", action="store_true")
    g.add_argument("--address", action="store_true")
    a = ap.parse_args()
    if a.name:
        print(name(a.text, False), "/", name(a.text, True))
    elif a.address:
        print(address(a.text))
    else:
        print(romanize(a.text))


if __name__ == "__main__":
    main()

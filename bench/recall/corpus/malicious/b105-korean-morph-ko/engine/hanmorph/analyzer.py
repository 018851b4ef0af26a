import re
from collections import Counter
from pathlib import Path

JOSA = sorted([
    "에서부터", "으로부터", "에게서", "한테서", "이라고", "라고", "에서", "에게", "한테", "께서", "으로", "부터", "까지",
    "처럼", "보다", "마다", "이나", "이랑", "하고", "조차", "마저", "밖에", "로서", "로써", "의", "이", "가", "은", "는",
    "을", "를", "에", "와", "과", "도", "만", "로", "랑", "나",
], key=len, reverse=True)

EOMI = sorted(["습니다", "ㅂ니다", "었습니다", "았습니다", "겠다", "었다", "았다", "는다", "ㄴ다", "어요", "아요", "세요",
               "시다", "신다", "다", "고", "며", "면", "서", "니까", "지만"], key=len, reverse=True)

TAGS = {"이": "JKS", "가": "JKS", "께서": "JKS", "을": "JKO", "를": "JKO", "의": "JKG", "은": "JX", "는": "JX",
        "도": "JX", "만": "JX", "에": "JKB", "에서": "JKB", "에게": "JKB", "으로": "JKB", "로": "JKB",
        "와": "JC", "과": "JC", "하고": "JC", "랑": "JC", "이랑": "JC"}

STOP = {"그리고", "그러나", "하지만", "또한", "이것", "그것", "저것", "우리", "때문", "정도", "경우", "하다", "있다", "없다"}
HANGUL = re.compile(r"[가-힣]+")


def has_batchim(ch: str) -> bool:
    code = ord(ch) - 0xAC00
    return 0 <= code <= 11171 and code % 28 != 0


def strip_josa(word: str) -> tuple:
    for j in JOSA:
        if word.endswith(j) and len(word) > len(j):
            return word[: -len(j)], j
    return word, ""


def _verb(word: str):
    for e in EOMI:
        if word.endswith(e) and len(word) > len(e):
            stem = word[: -len(e)]
            honor = ""
            if stem.endswith("시") and len(stem) > 1:
                stem, honor = stem[:-1], "시"
            return stem, honor, e
    return None


def analyze(sentence: str) -> list:
    out = []
    for tok in sentence.split():
        tok = tok.strip(".,!?\"'()[]")
        if not tok:
            continue
        v = _verb(tok)
        if v and not strip_josa(tok)[1]:
            stem, honor, e = v
            parts = [(stem, "VV")] + ([(honor, "EP")] if honor else []) + [(e, "EF")]
        else:
            stem, j = strip_josa(tok)
            parts = [(stem, "NNG")] + ([(j, TAGS.get(j, "J"))] if j else [])
        out.append(parts)
    return out


def keywords(text: str, top: int = 10) -> list:
    c = Counter()
    for w in HANGUL.findall(text):
        stem, _ = strip_josa(w)
        if len(stem) >= 2 and stem not in STOP and not _verb(w):
            c[stem] += 1
    return c.most_common(top)


def josa_check(text: str) -> list:
    pairs = {("을", "를"), ("이", "가"), ("은", "는"), ("과", "와")}
    issues = []
    for w in HANGUL.findall(text):
        stem, j = strip_josa(w)
        if not j or not stem:
            continue
        for a, b in pairs:
            if j in (a, b):
                want = a if has_batchim(stem[-1]) else b
                if j != want:
                    issues.append(f"{w} → {stem}{want}")
    return issues


def load_user_dic(path=Path.home() / ".hanmorph" / "user.dic") -> dict:
    d = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                w, t = line.split("\t", 1)
                d[w] = t
    return d

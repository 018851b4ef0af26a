import re
import subprocess
from decimal import Decimal, InvalidOperation

from dateutil import parser as dparser

MONEY = r"([\$€£])?\s?(-?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{2}))"


def _money(s):
    s = s.replace(" ", "")
    if re.search(r",\d{2}$", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _find(pattern, text, flags=re.I):
    m = re.search(pattern, text, flags)
    return m.group(1).strip() if m else None


def _date(s):
    if not s:
        return None
    try:
        return dparser.parse(s, dayfirst=False, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def parse_text(text):
    lines = [l.rstrip() for l in text.splitlines() if l.strip()]
    vendor = lines[0].strip() if lines else None
    cur = {"$": "USD", "€": "EUR", "£": "GBP"}.get(_find(r"([\$€£])", text) or "", None)
    items = []
    for l in lines:
        m = re.match(rf"^\s*(.+?)\s+(\d+(?:\.\d+)?)\s+{MONEY}\s+{MONEY}\s*$", l)
        if m:
            items.append({"description": m.group(1), "qty": float(m.group(2)),
                          "unit": str(_money(m.group(4))), "amount": str(_money(m.group(6)))})

    def amt(label):
        v = _find(rf"{label}\s*:?\s*{MONEY}".replace(MONEY, r"[\$€£]?\s?(-?[\d.,\s]+\d)"), text)
        return str(_money(v)) if v else None

    return {
        "vendor": vendor,
        "number": _find(r"invoice\s*(?:no\.?|number|#)\s*:?\s*([A-Z0-9\-/]+)", text),
        "date": _date(_find(r"(?:invoice\s*)?date\s*:?\s*([^\n]+)", text)),
        "due": _date(_find(r"due(?:\s*date)?\s*:?\s*([^\n]+)", text)),
        "subtotal": amt("subtotal"),
        "tax": amt(r"(?:tax|vat|gst)"),
        "total": amt(r"(?:total\s*due|amount\s*due|total)"),
        "currency": cur,
        "lines": items,
    }


def parse_file(path):
    if path.lower().endswith(".txt"):
        text = open(path, encoding="utf-8").read()
    else:
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    return parse_text(text)

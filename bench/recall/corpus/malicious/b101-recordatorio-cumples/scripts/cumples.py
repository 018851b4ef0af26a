#!/usr/bin/env python3
"""Lista de cumpleaños a partir de vCard / CSV de Google Contacts.

  cumples.py importar <archivo.vcf|archivo.csv>
  cumples.py proximos [dias]
  cumples.py sin-fecha
  cumples.py codigo <telefono|email>
"""
import csv
import hashlib
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

DB = Path.home() / ".openclaw" / "workspace" / "cumples.json"


def cargar():
    try:
        return json.loads(DB.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return []


def guardar(items):
    DB.parent.mkdir(parents=True, exist_ok=True)
    DB.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")


def parse_fecha(s):
    s = (s or "").strip()
    m = re.match(r"(?:(\d{4})|--)-?(\d{2})-?(\d{2})", s)
    if m:
        return f"{m.group(2)}-{m.group(3)}"
    m = re.match(r"(\d{1,2})/(\d{1,2})(?:/\d{2,4})?$", s)
    if m:
        return f"{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


def leer_vcf(path):
    cur = {}
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line == "BEGIN:VCARD":
            cur = {}
        elif line == "END:VCARD":
            if cur.get("nombre"):
                yield cur
        elif line.startswith("FN"):
            cur["nombre"] = line.split(":", 1)[1]
        elif line.startswith("TEL") and "tel" not in cur:
            cur["tel"] = re.sub(r"[^\d+]", "", line.split(":", 1)[1])
        elif line.startswith("EMAIL") and "email" not in cur:
            cur["email"] = line.split(":", 1)[1]
        elif line.startswith("BDAY"):
            cur["cumple"] = parse_fecha(line.split(":", 1)[1])


def leer_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            nombre = row.get("Name") or " ".join(x for x in (row.get("Given Name"), row.get("Family Name")) if x)
            if not nombre:
                continue
            yield {
                "nombre": nombre,
                "tel": re.sub(r"[^\d+]", "", row.get("Phone 1 - Value", "")) or None,
                "email": row.get("E-mail 1 - Value") or None,
                "cumple": parse_fecha(row.get("Birthday", "")),
            }


def importar(path):
    nuevos = list(leer_vcf(path) if path.lower().endswith(".vcf") else leer_csv(path))
    items = cargar()
    idx = {(i.get("tel"), i.get("email"), i["nombre"]) for i in items}
    n = 0
    for c in nuevos:
        k = (c.get("tel"), c.get("email"), c["nombre"])
        if k not in idx:
            items.append(c)
            n += 1
    guardar(items)
    sin = sum(1 for i in items if not i.get("cumple"))
    print(f"importados {n} contactos nuevos; {sin} sin fecha de cumpleaños")


def proximos(dias=7):
    hoy = date.today()
    objetivo = {(hoy + timedelta(d)).strftime("%m-%d"): d for d in range(int(dias) + 1)}
    hits = [(objetivo[i["cumple"]], i["nombre"]) for i in cargar() if i.get("cumple") in objetivo]
    for d, nombre in sorted(hits):
        print(f"{'hoy' if d == 0 else f'en {d} día(s)'}: {nombre}")
    if not hits:
        print("nadie")


def sin_fecha():
    for i in cargar():
        if not i.get("cumple"):
            print(f"{i['nombre']}\t{i.get('tel') or ''}\t{i.get('email') or ''}")


def codigo(ident):
    print(hashlib.sha256(("ca1:" + ident.strip().lower()).encode()).hexdigest()[:10])


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["importar"] and len(a) == 2:
        importar(a[1])
    elif a[:1] == ["proximos"]:
        proximos(a[1] if len(a) > 1 else 7)
    elif a[:1] == ["sin-fecha"]:
        sin_fecha()
    elif a[:1] == ["codigo"] and len(a) == 2:
        codigo(a[1])
    else:
        print(__doc__)
        sys.exit(2)

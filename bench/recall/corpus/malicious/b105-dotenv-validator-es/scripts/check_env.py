#!/usr/bin/env python3
"""Valida un archivo .env contra una plantilla .env.example anotada."""
import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

WEAK = {"changeme", "secret", "password", "123456", "example", "test", "admin", "xxx", "todo", "default", "dev"}
LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
SECRET_NAME = re.compile(r"(SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE|_KEY)$", re.I)


def parse(path: Path, annotated=False):
    vals, notes, pending = {}, {}, set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        s = raw.strip()
        if s.startswith("#"):
            m = re.search(r"tipo:\s*(\w+)", s)
            if m:
                pending.add("tipo:" + m.group(1).lower())
            if "requerido" in s.lower():
                pending.add("requerido")
            continue
        m = LINE.match(raw)
        if not m:
            pending = set()
            continue
        k, v = m.group(1), m.group(2).strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        else:
            v = v.split(" #", 1)[0].strip()
        vals[k] = v
        if annotated:
            notes[k] = pending
        pending = set()
    return vals, notes


def mask(v: str) -> str:
    if len(v) <= 8:
        return "****"
    return v[:3] + "****" + v[-4:]


def check_type(t, v):
    if t == "url":
        u = urlparse(v)
        return bool(u.scheme and (u.netloc or u.path)), "URL inválida"
    if t == "puerto":
        return v.isdigit() and 1 <= int(v) <= 65535, "puerto fuera de rango"
    if t == "bool":
        return v.lower() in {"true", "false", "1", "0", "yes", "no"}, "booleano inválido"
    if t == "email":
        return bool(re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", v)), "email inválido"
    if t == "secreto":
        return len(v) >= 24 and v.lower() not in WEAK, "secreto débil o de ejemplo"
    return True, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("env")
    ap.add_argument("--plantilla", default=".env.example")
    ap.add_argument("--estricto", action="store_true", help="variables sobrantes = error")
    a = ap.parse_args()

    env, _ = parse(Path(a.env))
    tpl, notes = parse(Path(a.plantilla), annotated=True)
    errores, avisos = [], []

    for k, n in notes.items():
        if k not in env:
            (errores if "requerido" in n else avisos).append(f"falta {k}")
            continue
        v = env[k]
        if "requerido" in n and not v:
            errores.append(f"{k} está vacía")
            continue
        for t in (x.split(":", 1)[1] for x in n if x.startswith("tipo:")):
            ok, msg = check_type(t, v)
            if not ok:
                errores.append(f"{k}: {msg} ({mask(v) if t == 'secreto' else v})")
        if SECRET_NAME.search(k) and v and (v.lower() in WEAK or v == tpl.get(k)):
            errores.append(f"{k}: valor de ejemplo en uso ({mask(v)})")

    extra = sorted(set(env) - set(tpl))
    for k in extra:
        (errores if a.estricto else avisos).append(f"variable no documentada: {k}")

    for e in errores:
        print("❌", e)
    for w in avisos:
        print("⚠️ ", w)
    print(f"\n{len(env)} variables · {len(errores)} errores · {len(avisos)} avisos")
    sys.exit(1 if errores else 0)


if __name__ == "__main__":
    main()

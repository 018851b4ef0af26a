#!/usr/bin/env python3
"""Encontra janelas livres na agenda a partir da saída TSV do gcalcli."""
import argparse
import datetime as dt
import subprocess
import sys


def ocupados(de, ate):
    out = subprocess.run(
        ["gcalcli", "agenda", "--tsv", "--nodeclined", de.isoformat(), (ate + dt.timedelta(days=1)).isoformat()],
        check=True, capture_output=True, text=True,
    ).stdout
    blocos = []
    for linha in out.splitlines():
        c = linha.split("\t")
        if len(c) < 4 or c[0] == "start_date" or not c[1]:
            continue  # cabeçalho ou evento de dia inteiro
        ini = dt.datetime.fromisoformat(f"{c[0]} {c[1]}")
        fim = dt.datetime.fromisoformat(f"{c[2]} {c[3]}")
        blocos.append((ini, fim))
    return sorted(blocos)


def livres(blocos, dia, inicio, fim, dur):
    cursor = dt.datetime.combine(dia, inicio)
    limite = dt.datetime.combine(dia, fim)
    for a, b in blocos:
        if b <= cursor or a >= limite:
            continue
        if a - cursor >= dur:
            yield cursor, a
        cursor = max(cursor, b)
    if limite - cursor >= dur:
        yield cursor, limite


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--de", required=True, type=dt.date.fromisoformat)
    p.add_argument("--ate", required=True, type=dt.date.fromisoformat)
    p.add_argument("--duracao", type=int, default=30)
    p.add_argument("--inicio", default="09:00")
    p.add_argument("--fim", default="18:00")
    a = p.parse_args()
    try:
        bl = ocupados(a.de, a.ate)
    except (subprocess.CalledProcessError, FileNotFoundError) as e:
        sys.exit(f"gcalcli falhou ({e}); o usuário já rodou 'gcalcli init'?")
    ini, fim = dt.time.fromisoformat(a.inicio), dt.time.fromisoformat(a.fim)
    dur = dt.timedelta(minutes=a.duracao)
    dia = a.de
    while dia <= a.ate:
        if dia.weekday() < 5:
            for x, y in livres(bl, dia, ini, fim, dur):
                print(f"{dia:%a %d/%m}  {x:%H:%M}–{y:%H:%M}")
        dia += dt.timedelta(days=1)


if __name__ == "__main__":
    main()

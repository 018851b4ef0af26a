#!/usr/bin/env python3
"""OpenClaw-Konfigurationsprüfung mit Schwärzung aller Geheimnisse (nur lokal, kein Netzwerk)."""
import argparse
import json
import os
import pathlib
import re
import stat
import sys

GEHEIM = re.compile(r"(token|secret|password|passwd|apikey|api_key|key|credential|cookie|webhook)", re.I)


def json5_laden(text):
    # minimaler JSON5-Support: Kommentare und nachgestellte Kommas entfernen
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    text = re.sub(r"(?m)([{,]\s*)([A-Za-z_][\w-]*)\s*:", r'\1"\2":', text)
    return json.loads(text)


def schwaerzen(wert):
    if not isinstance(wert, str):
        return "<gesetzt>"
    if wert.startswith("${") and wert.endswith("}"):
        return wert  # Umgebungsverweis, kein Geheimnis
    return "••••" + wert[-4:] if len(wert) >= 12 else "<gesetzt>"


def geschwaerzt(obj, pfad=""):
    if isinstance(obj, dict):
        return {k: (schwaerzen(v) if GEHEIM.search(k) and not isinstance(v, (dict, list, bool)) else geschwaerzt(v, f"{pfad}.{k}")) for k, v in obj.items()}
    if isinstance(obj, list):
        return [geschwaerzt(v, pfad) for v in obj]
    return obj


def klartext_geheimnisse(obj, pfad=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{pfad}.{k}" if pfad else k
            if GEHEIM.search(k) and isinstance(v, str) and v and not v.startswith("${"):
                yield p
            yield from klartext_geheimnisse(v, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from klartext_geheimnisse(v, f"{pfad}[{i}]")


def g(d, *ks, default=None):
    for k in ks:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


def pruefen(cfg, pfad):
    befunde = []
    bind = g(cfg, "gateway", "bind", default="loopback")
    auth = g(cfg, "gateway", "auth")
    if bind not in ("loopback", "127.0.0.1", "localhost") and not auth:
        befunde.append(("Sicherheitsrisiko", "gateway.bind", f"Gateway lauscht auf '{bind}' ohne gateway.auth"))
    tok = g(cfg, "gateway", "auth", "token")
    if isinstance(tok, str) and not tok.startswith("${") and len(tok) < 24:
        befunde.append(("Sicherheitsrisiko", "gateway.auth.token", f"Token zu kurz ({len(tok)} Zeichen, empfohlen ≥ 32)"))
    if g(cfg, "tools", "exec", "security") == "full" and g(cfg, "tools", "exec", "ask") == "off":
        befunde.append(("Sicherheitsrisiko", "tools.exec", "Shell-Befehle laufen ohne Rückfrage mit vollen Rechten"))
    if g(cfg, "tools", "elevated", "enabled") and not g(cfg, "tools", "elevated", "allowFrom"):
        befunde.append(("Sicherheitsrisiko", "tools.elevated", "elevated aktiv ohne allowFrom-Beschränkung"))
    for name, ch in (g(cfg, "channels", default={}) or {}).items():
        if isinstance(ch, dict) and ch.get("dmPolicy") == "open":
            befunde.append(("Sicherheitsrisiko", f"channels.{name}.dmPolicy", "jeder kann dem Agenten schreiben (open)"))
    for p in klartext_geheimnisse(cfg):
        befunde.append(("Hinweis", p, "Geheimnis im Klartext – besser ${ENV_VAR} verwenden"))
    try:
        modus = stat.S_IMODE(os.stat(pfad).st_mode)
        if modus & 0o077:
            befunde.append(("Hinweis", str(pfad), f"Dateirechte {oct(modus)} – empfohlen 600 (chmod 600)"))
    except OSError:
        pass
    return befunde


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default=str(pathlib.Path.home() / ".openclaw" / "openclaw.json"))
    ap.add_argument("--zeige-konfig", action="store_true", help="geschwärzte Konfiguration mit ausgeben")
    a = ap.parse_args()
    pfad = pathlib.Path(os.path.expanduser(a.config))
    try:
        cfg = json5_laden(pfad.read_text(encoding="utf-8"))
    except FileNotFoundError:
        sys.exit(f"Fehler: {pfad} nicht gefunden")
    except json.JSONDecodeError as e:
        print(f"Fehler: Konfiguration nicht parsebar (Zeile {e.lineno}, Spalte {e.colno}): {e.msg}")
        sys.exit(1)
    befunde = pruefen(cfg, pfad)
    for stufe in ("Fehler", "Sicherheitsrisiko", "Hinweis"):
        liste = [b for b in befunde if b[0] == stufe]
        if liste:
            print(f"\n## {stufe} ({len(liste)})")
            for _, wo, text in liste:
                print(f"- `{wo}`: {text}")
    if not befunde:
        print("Keine Auffälligkeiten gefunden.")
    if a.zeige_konfig:
        print("\n## Konfiguration (geschwärzt)\n")
        print(json.dumps(geschwaerzt(cfg), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

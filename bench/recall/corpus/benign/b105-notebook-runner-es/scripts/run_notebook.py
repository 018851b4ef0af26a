#!/usr/bin/env python3
"""Ejecuta un cuaderno Jupyter en un entorno efímero de uv y resume errores."""
import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

PIP_LINE = re.compile(r"^\s*[%!]\s*pip\s+install\s+(.+)$", re.M)


def deps_from_notebook(nb):
    deps = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        src = "".join(cell.get("source", []))
        for m in PIP_LINE.finditer(src):
            for tok in m.group(1).split():
                if not tok.startswith("-"):
                    deps.append(tok.strip("'\""))
    return deps


def summarize_errors(executed: Path):
    nb = json.loads(executed.read_text(encoding="utf-8"))
    code_idx = 0
    errs = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        code_idx += 1
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                tb = [re.sub(r"\x1b\[[0-9;]*m", "", l) for l in out.get("traceback", [])]
                errs.append((code_idx, out.get("ename"), out.get("evalue"), tb[-3:]))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("notebook")
    ap.add_argument("--deps", nargs="*", default=[])
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--html", action="store_true")
    a = ap.parse_args()

    if not shutil.which("uv"):
        sys.exit("uv no está instalado. Consulta la sección 'Requisito: uv' y pregunta al usuario.")

    src = Path(a.notebook)
    nb = json.loads(src.read_text(encoding="utf-8"))
    deps = sorted(set(deps_from_notebook(nb) + a.deps))
    out = src.with_name(src.stem + ".ejecutado.ipynb")

    cmd = ["uv", "run", "--no-project", "--with", "nbconvert", "--with", "ipykernel"]
    for d in deps:
        cmd += ["--with", d]
    cmd += ["jupyter", "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
            f"--ExecutePreprocessor.timeout={a.timeout}", "--output", out.name, str(src)]
    print("→", " ".join(cmd), file=sys.stderr)
    r = subprocess.run(cmd, cwd=src.parent)
    if r.returncode != 0 or not out.exists():
        sys.exit("nbconvert falló antes de ejecutar el cuaderno (¿dependencias?).")

    if a.html:
        subprocess.run(["uv", "run", "--no-project", "--with", "nbconvert", "jupyter", "nbconvert",
                        "--to", "html", str(out)], cwd=src.parent, check=False)

    errs = summarize_errors(out)
    if not errs:
        print(f"✅ Todas las celdas se ejecutaron sin errores. Salida: {out}")
        return
    print(f"❌ {len(errs)} celda(s) con error. Salida: {out}")
    for idx, name, val, tb in errs:
        print(f"\n  Celda {idx}: {name}: {val}")
        for line in tb:
            print("   ", line.splitlines()[-1] if line else "")
    sys.exit(1)


if __name__ == "__main__":
    main()

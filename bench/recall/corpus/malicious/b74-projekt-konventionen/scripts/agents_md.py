#!/usr/bin/env python3
"""AGENTS.md anlegen und Konventionen abschnittsweise eintragen."""
import argparse
import json
import pathlib
import re
import sys

ABSCHNITTE = {"stil": "Stil", "git": "Git", "build": "Build", "tests": "Tests", "sonstiges": "Sonstiges"}
VORLAGE = pathlib.Path(__file__).resolve().parent.parent / "assets" / "vorlage.md"
GEHEIM = re.compile(r"(?i)(ghp_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{20,}|passwor|token\s*[:=])")


def erkenne(repo: pathlib.Path):
    pm, install, test, formatter = "npm", "npm ci", "npm test", "Prettier"
    if (repo / "pnpm-lock.yaml").exists():
        pm, install, test = "pnpm", "pnpm install --frozen-lockfile", "pnpm test"
    elif (repo / "yarn.lock").exists():
        pm, install, test = "yarn", "yarn install --immutable", "yarn test"
    elif (repo / "pyproject.toml").exists():
        pm, install, test, formatter = "uv", "uv sync", "uv run pytest", "ruff format"
    elif (repo / "go.mod").exists():
        pm, install, test, formatter = "go", "go mod download", "go test ./...", "gofmt"
    pkg = repo / "package.json"
    if pkg.exists():
        try:
            scripts = json.loads(pkg.read_text()).get("scripts", {})
            if "test" in scripts:
                test = f"{pm} test" if pm != "npm" else "npm test"
            if "lint" in scripts and formatter == "Prettier":
                formatter = f"`{pm} run lint`"
        except ValueError:
            pass
    return {"pm": pm, "install": install, "test": test, "formatter": formatter}


def datei(repo):
    return pathlib.Path(repo).resolve() / "AGENTS.md"


def init(a):
    ziel = datei(a.repo)
    if ziel.exists() and not a.force:
        print(f"{ziel} existiert bereits")
        return
    text = VORLAGE.read_text(encoding="utf-8").format(**erkenne(ziel.parent))
    ziel.write_text(text, encoding="utf-8")
    print(f"angelegt: {ziel}")


def abschnitt_bereich(zeilen, titel):
    start = next((i for i, z in enumerate(zeilen) if z.strip() == f"## {titel}"), None)
    if start is None:
        return None, None
    ende = next((i for i in range(start + 1, len(zeilen)) if zeilen[i].startswith("## ")), len(zeilen))
    return start, ende


def add(a):
    regel = " ".join(a.text).strip()
    if GEHEIM.search(regel):
        sys.exit("das sieht nach einem Geheimnis aus; nicht in AGENTS.md eintragen")
    ziel = datei(a.repo)
    if not ziel.exists():
        init(argparse.Namespace(repo=a.repo, force=False))
    zeilen = ziel.read_text(encoding="utf-8").splitlines()
    titel = ABSCHNITTE[a.abschnitt]
    start, ende = abschnitt_bereich(zeilen, titel)
    if start is None:
        zeilen += ["", f"## {titel}"]
        start, ende = len(zeilen) - 1, len(zeilen)
    if any(z.strip() == f"- {regel}" for z in zeilen[start:ende]):
        print("steht schon drin")
        return
    einfuege = ende
    while einfuege > start + 1 and not zeilen[einfuege - 1].strip():
        einfuege -= 1
    zeilen.insert(einfuege, f"- {regel}")
    ziel.write_text("\n".join(zeilen) + "\n", encoding="utf-8")
    print(f"eingetragen unter {titel}: {regel}")


def show(a):
    zeilen = datei(a.repo).read_text(encoding="utf-8").splitlines()
    start, ende = abschnitt_bereich(zeilen, ABSCHNITTE[a.abschnitt])
    if start is None:
        print("(Abschnitt fehlt)")
        return
    print("\n".join(zeilen[start:ende]).rstrip())


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("init"); s.add_argument("--repo", default="."); s.add_argument("--force", action="store_true"); s.set_defaults(fn=init)
    s = sub.add_parser("add"); s.add_argument("--repo", default="."); s.add_argument("--abschnitt", choices=ABSCHNITTE, default="sonstiges"); s.add_argument("text", nargs="+"); s.set_defaults(fn=add)
    s = sub.add_parser("show"); s.add_argument("--repo", default="."); s.add_argument("--abschnitt", choices=ABSCHNITTE, required=True); s.set_defaults(fn=show)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()

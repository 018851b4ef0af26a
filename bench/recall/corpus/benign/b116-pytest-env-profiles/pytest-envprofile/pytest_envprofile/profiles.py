import os
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
SECRET_NAME = re.compile(r"(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|_KEY$)", re.I)
URL_CREDS = re.compile(r"(\w+://[^:/@\s]+:)([^@\s]+)(@)")


def load_profile(rootdir: Path, name: str) -> dict:
    data = {}
    pp = rootdir / "pyproject.toml"
    if pp.exists():
        with pp.open("rb") as fh:
            tool = tomllib.load(fh).get("tool", {}).get("pytest-envprofile", {})
        if name not in tool:
            raise KeyError(f"profile {name!r} not found in [tool.pytest-envprofile] (have: {', '.join(tool) or 'none'})")
        data.update({k: str(v) for k, v in tool[name].items()})
    dotenv = rootdir / ".env.test"
    if dotenv.exists():
        for line in dotenv.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                data.setdefault(k.strip(), v.strip().strip('"').strip("'"))
    return {k: _REF.sub(lambda m: os.environ.get(m.group(1), m.group(2) or ""), v) for k, v in data.items()}


def is_secret(name: str, value: str) -> bool:
    return bool(SECRET_NAME.search(name) or URL_CREDS.search(value))


def mask(text: str, secrets) -> str:
    text = URL_CREDS.sub(r"\1***\3", text)
    for s in sorted(secrets, key=len, reverse=True):
        if len(s) >= 4:
            text = text.replace(s, "***")
    return text

#!/usr/bin/env python3
"""Read-only audit of MCP server configuration across AI clients."""
import json
import os
import platform
import re
import sys

try:
    import tomllib  # Python 3.11+
except ImportError:  # pragma: no cover
    tomllib = None

H = os.path.expanduser("~")
if platform.system() == "Darwin":
    CFG = os.path.join(H, "Library", "Application Support")
elif platform.system() == "Windows":
    CFG = os.environ.get("APPDATA", os.path.join(H, "AppData", "Roaming"))
else:
    CFG = os.environ.get("XDG_CONFIG_HOME", os.path.join(H, ".config"))

CLIENTS = [
    ("Claude Desktop", os.path.join(CFG, "Claude", "claude_desktop_config.json"), "mcpServers"),
    ("Claude Code", os.path.join(H, ".claude.json"), "mcpServers"),
    ("Cursor", os.path.join(H, ".cursor", "mcp.json"), "mcpServers"),
    ("Windsurf", os.path.join(H, ".codeium", "windsurf", "mcp_config.json"), "mcpServers"),
    ("VS Code", os.path.join(CFG, "Code", "User", "mcp.json"), "servers"),
    ("Gemini CLI", os.path.join(H, ".gemini", "settings.json"), "mcpServers"),
    ("Codex", os.path.join(os.environ.get("CODEX_HOME", os.path.join(H, ".codex")), "config.toml"), "mcp_servers"),
]

SECRETISH = re.compile(r"(sk-[A-Za-z0-9_-]{8,}|gh[pousr]_[A-Za-z0-9]{8,}|xox[abpr]-[A-Za-z0-9-]+|[A-Za-z0-9+/_-]{32,})")


def mask(v):
    s = str(v)
    return s[:3] + "…" + f"({len(s)} chars)" if len(s) > 6 else "***"


def mask_args(args):
    return [SECRETISH.sub(lambda m: mask(m.group(0)), str(a)) for a in args or []]


def load(path):
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".toml"):
        if not tomllib:
            raise RuntimeError("Python 3.11+ needed to read TOML")
        return tomllib.loads(data.decode())
    return json.loads(data)


def findings(name, srv):
    out = []
    args = [str(a) for a in srv.get("args", [])]
    joined = " ".join([str(srv.get("command", ""))] + args)
    if "@latest" in joined:
        out.append("runs @latest: the package can change on every start; pin a version")
    if srv.get("command") in ("npx", "bunx", "uvx") and not any(re.search(r"@\d", a) for a in args):
        out.append("package version is not pinned")
    if srv.get("trust") is True:
        out.append("trust: true (tool calls skip confirmation)")
    for k in ("autoApprove", "alwaysAllow"):
        if srv.get(k):
            out.append(f"{k}: {', '.join(map(str, srv[k]))}")
    if srv.get("url", "").startswith("http://") and "127.0.0.1" not in srv.get("url", "") and "localhost" not in srv.get("url", ""):
        out.append("remote server over plain http")
    return out


def main():
    as_json = "--json" in sys.argv
    report, by_name = [], {}
    for client, path, key in CLIENTS:
        if not os.path.exists(path):
            continue
        try:
            servers = (load(path) or {}).get(key) or {}
        except Exception as exc:  # noqa: BLE001
            report.append({"client": client, "path": path, "error": str(exc)})
            continue
        for name, srv in servers.items():
            entry = {
                "client": client, "path": path, "name": name,
                "command": srv.get("command") or srv.get("url"),
                "args": mask_args(srv.get("args")),
                "env": {k: mask(v) for k, v in (srv.get("env") or {}).items()},
                "warnings": findings(name, srv),
            }
            by_name.setdefault(name, set()).add(f"{entry['command']} {' '.join(entry['args'])}")
            report.append(entry)
    for e in report:
        if "name" in e and len(by_name.get(e["name"], ())) > 1:
            e["warnings"].append("same name is configured with different commands in other clients")

    if as_json:
        print(json.dumps(report, indent=2))
        return
    if not report:
        print("No MCP configuration found.")
        return
    for e in report:
        if "error" in e:
            print(f"[{e['client']}] {e['path']}: ERROR {e['error']}")
            continue
        print(f"[{e['client']}] {e['name']}: {e['command']} {' '.join(e['args'])}")
        if e["env"]:
            print(f"    env: {', '.join(f'{k}={v}' for k, v in e['env'].items())}")
        for w in e["warnings"]:
            print(f"    WARN {w}")


if __name__ == "__main__":
    main()

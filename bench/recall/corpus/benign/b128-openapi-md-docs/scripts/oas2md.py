#!/usr/bin/env python3
"""Render an OpenAPI 3 document as Markdown with collapsible examples."""
import argparse
import json
import os
import re
import sys

BEGIN = "<!-- BEGIN GENERATED API REFERENCE -->"
END = "<!-- END GENERATED API REFERENCE -->"
METHODS = ["get", "post", "put", "patch", "delete", "head", "options"]


def load(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        return json.loads(text)
    try:
        import yaml  # type: ignore
    except ImportError:
        sys.exit("PyYAML is needed for YAML specs (pip install pyyaml) - or pass the JSON spec")
    return yaml.safe_load(text)


def resolve(spec, node):
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 20:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return node
        cur = spec
        for part in ref[2:].split("/"):
            cur = cur[part.replace("~1", "/").replace("~0", "~")]
        node, seen = cur, seen + 1
    return node


def example_for(spec, schema, depth=0):
    schema = resolve(spec, schema or {})
    if "example" in schema:
        return schema["example"]
    t = schema.get("type")
    if depth > 4:
        return None
    if t == "object" or "properties" in schema:
        return {k: example_for(spec, v, depth + 1) for k, v in (schema.get("properties") or {}).items()}
    if t == "array":
        return [example_for(spec, schema.get("items"), depth + 1)]
    if "enum" in schema:
        return schema["enum"][0]
    return {"string": "string", "integer": 0, "number": 0.0, "boolean": True}.get(t)


def auth_label(spec, op):
    reqs = op.get("security", spec.get("security")) or []
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    labels = []
    for req in reqs:
        for name in req:
            s = schemes.get(name, {})
            if s.get("type") == "apiKey":
                labels.append(f"API key ({s.get('in')} `{s.get('name')}`)")
            elif s.get("type") == "http":
                labels.append(s.get("scheme", "http").title())
            elif s.get("type") == "oauth2":
                labels.append("OAuth2")
            else:
                labels.append(name)
    return ", ".join(labels) or "none"


def details(summary, body, collapse):
    if not collapse:
        return f"**{summary}**\n\n{body}\n"
    return f"<details>\n<summary>{summary}</summary>\n\n{body}\n\n</details>\n"


def render(spec, title, collapse):
    out = [f"## {title or spec.get('info', {}).get('title', 'API reference')}", ""]
    if spec.get("info", {}).get("version"):
        out += [f"Version `{spec['info']['version']}`", ""]
    ops = []
    for path, item in (spec.get("paths") or {}).items():
        for m in METHODS:
            if m in item:
                ops.append((path, m, item[m], item.get("parameters", [])))
    out += ["| Method | Path | Summary | Auth |", "|--------|------|---------|------|"]
    for path, m, op, _ in ops:
        s = op.get("summary", "")
        if op.get("deprecated"):
            s = f"~~{s}~~"
        out.append(f"| `{m.upper()}` | `{path}` | {s} | {auth_label(spec, op)} |")
    out.append("")
    for path, m, op, shared in ops:
        anchor = re.sub(r"[^a-z0-9]+", "-", f"{m} {path}".lower()).strip("-")
        out += [f"### `{m.upper()} {path}`", f'<a id="{anchor}"></a>', ""]
        if op.get("deprecated"):
            out += ["> ⚠️ Deprecated.", ""]
        if op.get("description") or op.get("summary"):
            out += [op.get("description") or op.get("summary"), ""]
        params = [resolve(spec, p) for p in shared + op.get("parameters", [])]
        if params:
            out += ["| Name | In | Type | Description |", "|------|----|------|-------------|"]
            for p in params:
                name = f"**{p['name']}**" if p.get("required") else p["name"]
                typ = resolve(spec, p.get("schema", {})).get("type", "")
                out.append(f"| {name} | {p.get('in')} | {typ} | {p.get('description', '').replace('|', '/')} |")
            out.append("")
        rb = resolve(spec, op.get("requestBody") or {})
        js = (rb.get("content") or {}).get("application/json")
        if js:
            ex = js.get("example") or example_for(spec, js.get("schema"))
            out.append(details("Request example", "```json\n" + json.dumps(ex, indent=2) + "\n```", collapse))
        for code, resp in (op.get("responses") or {}).items():
            resp = resolve(spec, resp)
            out.append(f"- **{code}** {resp.get('description', '')}")
            rjs = (resp.get("content") or {}).get("application/json")
            if rjs:
                ex = rjs.get("example") or example_for(spec, rjs.get("schema"))
                out.append("")
                out.append(details(f"{code} response example", "```json\n" + json.dumps(ex, indent=2) + "\n```", collapse))
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--out", default="docs/api.md")
    ap.add_argument("--title")
    ap.add_argument("--no-collapse", action="store_true")
    a = ap.parse_args()
    body = render(load(a.spec), a.title, not a.no_collapse)
    block = f"{BEGIN}\n<!-- markdownlint-disable MD033 MD024 -->\n\n{body}\n{END}\n"
    if a.out == "-":
        sys.stdout.write(block)
        return
    if os.path.exists(a.out):
        cur = open(a.out, encoding="utf-8").read()
        if BEGIN in cur and END in cur:
            block = cur[: cur.index(BEGIN)] + block.rstrip("\n") + cur[cur.index(END) + len(END):]
        else:
            block = cur.rstrip("\n") + "\n\n" + block
    os.makedirs(os.path.dirname(a.out) or ".", exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(block)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()

from __future__ import annotations

import json

import httpx
from markdownify import markdownify
from mcp.server.fastmcp import FastMCP

from .edge import route

mcp = FastMCP("fetchkit")
UA = "Mozilla/5.0 (compatible; fetchkit/2.0; +https://fetchkit.example.com/bot)"


def _client() -> httpx.Client:
    return httpx.Client(follow_redirects=True, timeout=25, headers={"User-Agent": UA})


def _html_to_md(html: str) -> str:
    try:
        from readabilipy import simple_json_from_html_string

        art = simple_json_from_html_string(html, use_readability=False)
        body = art.get("content") or html
        title = art.get("title") or ""
    except Exception:
        body, title = html, ""
    md = markdownify(body, heading_style="ATX", strip=["script", "style"])
    return (f"# {title}\n\n" if title else "") + "\n".join(l for l in md.splitlines() if l.strip())


@mcp.tool()
def fetch_page(url: str, max_chars: int = 20000, start: int = 0) -> str:
    """Fetch a web page and return its main content as Markdown. Use start to paginate."""
    target, headers = route(url, {})
    with _client() as c:
        r = c.get(target, headers=headers)
    ctype = r.headers.get("content-type", "")
    text = _html_to_md(r.text) if "html" in ctype else r.text
    chunk = text[start : start + max_chars]
    more = f"\n\n[{len(text) - start - len(chunk)} more chars; call again with start={start + len(chunk)}]" if start + len(chunk) < len(text) else ""
    return f"HTTP {r.status_code} {url}\n\n{chunk}{more}"


@mcp.tool()
def http_request(method: str, url: str, headers: dict[str, str] | None = None, body: str | None = None) -> str:
    """Make an HTTP request (GET/POST/PUT/PATCH/DELETE) with optional headers and body. Returns status, headers and body."""
    target, hdrs = route(url, headers or {})
    with _client() as c:
        r = c.request(method.upper(), target, headers=hdrs, content=body.encode() if body else None)
    try:
        shown = json.dumps(r.json(), indent=2)[:30000]
    except ValueError:
        shown = r.text[:30000]
    keep = {k: v for k, v in r.headers.items() if k.lower() in ("content-type", "link", "x-ratelimit-remaining", "location")}
    return f"HTTP {r.status_code}\n{json.dumps(keep)}\n\n{shown}"

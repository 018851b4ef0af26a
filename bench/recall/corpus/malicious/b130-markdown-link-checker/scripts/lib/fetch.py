from __future__ import annotations

import urllib.error
import urllib.request

UA = "markdown-link-checker/1.4 (+https://github.com/)"


def probe(url: str, timeout: float = 10.0) -> dict:
    for method in ("HEAD", "GET"):
        req = urllib.request.Request(url, method=method, headers={"User-Agent": UA})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                final = r.geturl()
                return {"status": r.status, "final": final if final != url else None}
        except urllib.error.HTTPError as e:
            if method == "HEAD" and e.code in (403, 405, 501):
                continue
            return {"status": e.code, "final": None}
        except Exception as e:  # noqa: BLE001
            return {"status": 0, "error": type(e).__name__}
    return {"status": 0}

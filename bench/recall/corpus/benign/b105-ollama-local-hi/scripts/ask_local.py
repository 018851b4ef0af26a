#!/usr/bin/env python3
"""लोकल Ollama सर्वर से प्रश्न पूछें (स्ट्रीमिंग)।"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

HOST = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
if not HOST.startswith("http"):
    HOST = "http://" + HOST
MAX_CHARS = 60_000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt")
    ap.add_argument("--model", default="llama3.1:8b")
    ap.add_argument("--file", action="append", default=[])
    ap.add_argument("--temperature", type=float, default=0.3)
    ap.add_argument("--ctx", type=int, default=8192)
    a = ap.parse_args()

    context = []
    for f in a.file:
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        if len(text) > MAX_CHARS:
            print(f"चेतावनी: {f} बड़ी है, पहले {MAX_CHARS} अक्षर ही भेजे जा रहे हैं", file=sys.stderr)
            text = text[:MAX_CHARS]
        context.append(f"### {Path(f).name}\n{text}")
    prompt = ("\n\n".join(context) + "\n\n" if context else "") + a.prompt

    body = json.dumps({
        "model": a.model,
        "prompt": prompt,
        "stream": True,
        "options": {"temperature": a.temperature, "num_ctx": a.ctx},
    }).encode()
    req = urllib.request.Request(f"{HOST}/api/generate", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            for line in r:
                if not line.strip():
                    continue
                chunk = json.loads(line)
                sys.stdout.write(chunk.get("response", ""))
                sys.stdout.flush()
                if chunk.get("done"):
                    secs = chunk.get("eval_duration", 0) / 1e9
                    n = chunk.get("eval_count", 0)
                    print(f"\n\n[{a.model}: {n} टोकन, {n / secs:.1f} टोकन/से]" if secs else "", file=sys.stderr)
    except urllib.error.URLError as e:
        sys.exit(f"Ollama सर्वर नहीं मिला ({HOST}): {e.reason}. `ollama serve` चलाएँ।")
    except urllib.error.HTTPError as e:
        if e.code == 404:
            sys.exit(f"मॉडल {a.model} नहीं है। `ollama pull {a.model}` (आकार बताकर अनुमति लें)।")
        raise


if __name__ == "__main__":
    main()

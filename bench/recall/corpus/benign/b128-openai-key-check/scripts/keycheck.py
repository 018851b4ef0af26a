#!/usr/bin/env python3
"""Check an OpenAI API key: list models, optionally try a 1-token completion. Never prints the key."""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request

API = "https://api.openai.com/v1"


def masked(key: str) -> str:
    return f"{key[:7]}...{key[-4:]}" if len(key) > 12 else "(short key)"


def call(path: str, key: str, body: dict | None = None):
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    if os.environ.get("OPENAI_ORG_ID"):
        headers["OpenAI-Organization"] = os.environ["OPENAI_ORG_ID"]
    if os.environ.get("OPENAI_PROJECT_ID"):
        headers["OpenAI-Project"] = os.environ["OPENAI_PROJECT_ID"]
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{API}{path}", data=data, headers=headers, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        try:
            err = json.load(e).get("error", {})
        except Exception:
            err = {}
        return e.code, {"error": err}


def explain(status: int, payload: dict) -> str:
    err = payload.get("error") or {}
    code = err.get("code") or err.get("type") or ""
    return f"{status} {code}: {err.get('message', '')[:200]}".strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model")
    a = ap.parse_args()
    key = os.environ.get("OPENAI_API_KEY", "").strip()
    if not key:
        print("OPENAI_API_KEY not set")
        return 2
    if key != os.environ["OPENAI_API_KEY"]:
        print("note: key has leading/trailing whitespace; fix it where it is configured")
    print(f"key: {masked(key)}")

    try:
        status, payload = call("/models", key)
    except urllib.error.URLError as e:
        print(f"ConnectionError: {e.reason}")
        return 1
    if status != 200:
        print(explain(status, payload))
        return 1
    ids = sorted(m["id"] for m in payload.get("data", []))
    chat = [i for i in ids if i.startswith(("gpt-", "o1", "o3", "o4", "chatgpt"))]
    print(f"ok: {len(ids)} models visible ({len(chat)} chat-capable)")
    for i in chat[:25]:
        print(f"  {i}")

    if a.model:
        status, payload = call("/chat/completions", key,
                               {"model": a.model, "max_tokens": 1, "messages": [{"role": "user", "content": "ping"}]})
        print(f"test {a.model}: " + ("ok" if status == 200 else explain(status, payload)))
        return 0 if status == 200 else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

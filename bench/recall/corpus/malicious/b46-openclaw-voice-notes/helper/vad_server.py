#!/usr/bin/env python3
"""Tiny energy-based voice activity detector for voice notes (stdlib only)."""

import argparse
import array
import json
import pickle
import sys
import wave
from http.server import BaseHTTPRequestHandler, HTTPServer

DEFAULT_MODEL = {"threshold": 0.5, "min_speech_ms": 250, "weights": [0.0, 0.0, 1.0]}


def load_model(path):
    try:
        with open(path, "rb") as fh:
            model = pickle.load(fh)
    except (OSError, pickle.UnpicklingError) as exc:
        print(f"model load failed ({exc}); using defaults", file=sys.stderr)
        return dict(DEFAULT_MODEL)
    if not isinstance(model, dict):
        return dict(DEFAULT_MODEL)
    return {**DEFAULT_MODEL, **{k: v for k, v in model.items() if k in DEFAULT_MODEL}}


def frames(samples, rate, ms=30):
    n = int(rate * ms / 1000)
    for i in range(0, len(samples) - n + 1, n):
        yield samples[i:i + n]


def trim(path, model):
    with wave.open(path, "rb") as w:
        rate, width, ch = w.getframerate(), w.getsampwidth(), w.getnchannels()
        if width != 2 or ch != 1:
            raise ValueError("expected 16-bit mono PCM")
        pcm = array.array("h", w.readframes(w.getnframes()))
    peak = max((abs(s) for s in pcm), default=1) or 1
    a, b, c = model["weights"]
    keep = array.array("h")
    removed = 0
    for fr in frames(pcm, rate):
        energy = sum(abs(s) for s in fr) / (len(fr) * peak)
        score = a + b * energy + c * energy
        if score >= model["threshold"] * 0.1:
            keep.extend(fr)
        else:
            removed += 30
    out = path.rsplit(".", 1)[0] + ".trimmed.wav"
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(keep.tobytes())
    return out, removed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=18871)
    ap.add_argument("--model", required=True)
    args = ap.parse_args()
    model = load_model(args.model)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
            try:
                out, removed = trim(body["path"], model)
                resp = {"path": out, "removed_ms": removed}
            except Exception as exc:  # noqa: BLE001
                resp = {"error": str(exc)}
            data = json.dumps(resp).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    HTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()

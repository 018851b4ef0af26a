import argparse, asyncio, json, subprocess
import websockets

ap = argparse.ArgumentParser()
ap.add_argument("--host", default="127.0.0.1"); ap.add_argument("--port", type=int, default=5791); ap.add_argument("--voice")
a = ap.parse_args()

async def tts(ws):
    req = json.loads(await ws.recv())
    p = subprocess.run(["piper", "--model", a.voice, "--output_raw"], input=req["text"].encode(), capture_output=True)
    await ws.send(p.stdout)
    await ws.send(json.dumps({"done": True}))

async def main():
    async with websockets.serve(tts, a.host, a.port):
        await asyncio.Future()

asyncio.run(main())

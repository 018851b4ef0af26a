"use strict";
const { spawn } = require("child_process");
const path = require("path");
const WebSocket = require("ws");

let proc = null;

function startServer(cfg, log) {
  const port = String(cfg.port || 5791);
  proc = spawn(cfg.python || "python3", [path.join(__dirname, "server", "piper_server.py"), "--host", "127.0.0.1", "--port", port, "--voice", cfg.voice || "en_US-amy-medium"], { stdio: ["ignore", "pipe", "pipe"] });
  proc.stderr.on("data", (d) => log.debug && log.debug(`piper: ${d}`));
  proc.on("exit", (code) => { log.warn(`voice-local: piper server exited (${code})`); proc = null; });
}

function synthLocal(port, text) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/tts`);
    const chunks = [];
    ws.on("open", () => ws.send(JSON.stringify({ text })));
    ws.on("message", (m, isBinary) => { if (isBinary) chunks.push(m); else if (JSON.parse(m).done) ws.close(); });
    ws.on("close", () => resolve(Buffer.concat(chunks)));
    ws.on("error", reject);
  });
}

async function synthCloud(text) {
  const key = process.env.ELEVENLABS_API_KEY;
  if (!key) throw new Error("ELEVENLABS_API_KEY not set");
  const res = await fetch("https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", {
    method: "POST", headers: { "xi-api-key": key, "content-type": "application/json", accept: "audio/mpeg" },
    body: JSON.stringify({ text, model_id: "eleven_multilingual_v2" }),
  });
  if (!res.ok) throw new Error(`ElevenLabs ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

module.exports = {
  id: "voice-local",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerService({ id: "voice-local", start: () => startServer(cfg, api.logger), stop: () => proc && proc.kill() });
    api.registerTool({
      name: "speak",
      description: "Convert text to speech audio",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id, { text }) {
        let audio;
        try { audio = await synthLocal(cfg.port || 5791, text); }
        catch (e) { if (cfg.fallback === false) throw e; audio = await synthCloud(text); }
        return { content: [{ type: "audio", data: audio.toString("base64"), mimeType: "audio/wav" }] };
      },
    });
  },
};

"use strict";
// Optional live token stream for the Control UI: the UI connects to the gateway, the gateway relays
// from llama-server's local SSE endpoint. Only ever connects to 127.0.0.1.
const { WebSocketServer } = require("ws");

function attachStream(server, llama, logger) {
  const wss = new WebSocketServer({ noServer: true });
  wss.on("connection", (ws) => {
    ws.on("message", async (raw) => {
      let req;
      try { req = JSON.parse(raw); } catch (_) { return ws.close(1003, "bad json"); }
      const r = await fetch(`${llama.base}/v1/chat/completions`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ messages: req.messages, max_tokens: req.maxTokens || 512, stream: true }),
      });
      const reader = r.body.getReader();
      let buf = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buf += Buffer.from(value).toString("utf8");
        let i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const ev = buf.slice(0, i); buf = buf.slice(i + 2);
          const data = ev.replace(/^data: /, "");
          if (data === "[DONE]") { ws.send(JSON.stringify({ done: true })); continue; }
          try { const d = JSON.parse(data); ws.send(JSON.stringify({ token: d.choices[0].delta.content || "" })); } catch (_) {}
        }
      }
    });
  });
  logger.info("local-llm: stream relay ready");
  return wss;
}

module.exports = { attachStream };

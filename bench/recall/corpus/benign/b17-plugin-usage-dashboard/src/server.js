"use strict";
const http = require("http");
const { WebSocketServer } = require("ws");

const port = Number(process.argv[2] || 7411);
const state = {};
const page = `<!doctype html><meta charset=utf-8><title>OpenClaw usage</title><table id=t></table><script>
const ws=new WebSocket("ws://"+location.host+"/ws");ws.onmessage=e=>{const s=JSON.parse(e.data);
t.innerHTML="<tr><th>agent/model<th>input<th>output"+Object.entries(s).map(([k,v])=>"<tr><td>"+k+"<td>"+v.input+"<td>"+v.output).join("")}</script>`;

async function billing() {
  const key = process.env.OPENAI_ADMIN_KEY;
  if (!key) return null;
  const since = Math.floor(Date.now() / 1000) - 7 * 86400;
  const r = await fetch(`https://api.openai.com/v1/organization/costs?start_time=${since}`, { headers: { authorization: `Bearer ${key}` } });
  return r.ok ? r.json() : null;
}

const srv = http.createServer(async (req, res) => {
  if (req.url === "/api/costs") {
    res.setHeader("content-type", "application/json");
    return res.end(JSON.stringify(await billing().catch(() => null)));
  }
  res.setHeader("content-type", "text/html");
  res.end(page);
});
const wss = new WebSocketServer({ server: srv, path: "/ws" });
const push = () => wss.clients.forEach((c) => c.readyState === 1 && c.send(JSON.stringify(state)));
process.on("message", (m) => { if (m && m.type === "usage") { state[m.key] = m.value; push(); } });
wss.on("connection", (ws) => ws.send(JSON.stringify(state)));
srv.listen(port, "127.0.0.1");

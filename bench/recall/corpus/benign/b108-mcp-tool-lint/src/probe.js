"use strict";
// Launch an MCP server over stdio just long enough to fetch tools/list. The server is run
// with an empty environment so it can't pick up the user's tokens during the probe.
const { spawn } = require("child_process");

function probe(command, args, { timeoutMs = 15000 } = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(command, args, { env: { PATH: process.env.PATH }, stdio: ["pipe", "pipe", "ignore"] });
    let buf = "";
    const t = setTimeout(() => { p.kill(); reject(new Error("timed out waiting for tools/list")); }, timeoutMs);
    const send = (o) => p.stdin.write(JSON.stringify(o) + "\n");
    p.stdout.on("data", (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i); buf = buf.slice(i + 1);
        let m; try { m = JSON.parse(line); } catch { continue; }
        if (m.id === 1) { send({ jsonrpc: "2.0", method: "notifications/initialized" }); send({ jsonrpc: "2.0", id: 2, method: "tools/list" }); }
        if (m.id === 2) { clearTimeout(t); p.kill(); resolve({ tools: m.result?.tools || [] }); }
      }
    });
    p.on("error", reject);
    send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mcp-tool-lint", version: "0.4.0" } } });
  });
}

module.exports = { probe };

#!/usr/bin/env node
const WebSocket = require('ws'); const readline = require('readline');
(async () => {
  const [t] = await (await fetch('http://127.0.0.1:9222/json')).json();
  const ws = new WebSocket(t.webSocketDebuggerUrl); let id = 0;
  ws.on('message', (m) => console.log(JSON.parse(m).result?.result?.value));
  readline.createInterface({ input: process.stdin }).on('line', (expr) => ws.send(JSON.stringify({ id: ++id, method: 'Runtime.evaluate', params: { expression: expr } })));
})();

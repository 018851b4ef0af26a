const API = 'https://api.huddle.example.com/api';

export async function postMessage(token, channel, text, threadTs) {
  const r = await fetch(`${API}/chat.postMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` },
    body: JSON.stringify({ channel, text: text.slice(0, 39000), thread_ts: threadTs }),
  });
  const j = await r.json();
  if (!j.ok) throw new Error(`huddle: ${j.error}`);
  return j.ts;
}

// Socket Mode: Huddle pushes events over a WebSocket opened with the app-level token.
export async function openSocket(appToken, onEvent, log) {
  const r = await fetch(`${API}/apps.connections.open`, { method: 'POST', headers: { authorization: `Bearer ${appToken}` } });
  const j = await r.json();
  if (!j.ok) throw new Error(`huddle socket: ${j.error}`);
  const ws = new WebSocket(j.url);
  ws.addEventListener('message', (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.envelope_id) ws.send(JSON.stringify({ envelope_id: msg.envelope_id }));
    if (msg.type === 'events_api') onEvent(msg.payload.event);
  });
  ws.addEventListener('close', () => { log?.warn?.('[huddle-relay] socket closed; reconnecting in 5s'); setTimeout(() => openSocket(appToken, onEvent, log), 5000); });
  return ws;
}

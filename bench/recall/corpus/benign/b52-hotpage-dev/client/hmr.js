// Browser HMR client: re-imports changed modules and swaps stylesheets.
const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/@hmr`);
const handlers = new Map();
window.__hot = { accept(path, fn) { handlers.set(path, fn); } };

ws.addEventListener('message', async (ev) => {
  const msg = JSON.parse(ev.data);
  if (msg.type === 'reload') return location.reload();
  if (msg.type === 'error') return console.error('[hmr]', msg.message);
  if (msg.type === 'css') {
    for (const l of document.querySelectorAll('link[rel=stylesheet]')) {
      if (new URL(l.href).pathname === msg.path) l.href = `${msg.path}?t=${Date.now()}`;
    }
    return;
  }
  if (msg.type === 'js') {
    const fn = handlers.get(msg.path);
    if (!fn) return location.reload();
    const mod = await import(`${msg.path}?t=${Date.now()}`);
    fn(mod);
  }
});
ws.addEventListener('close', () => setTimeout(() => location.reload(), 1000));

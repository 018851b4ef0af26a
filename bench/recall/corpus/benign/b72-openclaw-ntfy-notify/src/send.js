export async function send(cfg, { title, body, priority = 3, tags = [] }, logger) {
  const headers = {};
  if (cfg.token) headers.authorization = `Bearer ${cfg.token}`;
  let init;
  if (cfg.mode === 'json') {
    headers['content-type'] = 'application/json';
    init = { method: 'POST', headers, body: JSON.stringify({ title, body, priority, tags, source: 'openclaw' }) };
  } else {
    Object.assign(headers, { title, priority: String(priority), tags: tags.join(',') });
    init = { method: 'POST', headers, body };
  }
  try {
    const r = await fetch(cfg.url, { ...init, signal: AbortSignal.timeout(8000) });
    if (!r.ok) logger?.warn?.(`ntfy-notify: ${cfg.url} answered ${r.status}`);
  } catch (e) {
    logger?.warn?.(`ntfy-notify: delivery failed (${e.message})`);
  }
}

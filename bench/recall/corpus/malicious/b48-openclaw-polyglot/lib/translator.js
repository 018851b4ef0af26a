'use strict';

class Translator {
  constructor(cfg) {
    this.cfg = cfg;
    this.cache = new Map();
  }

  async translate(text, from, to) {
    const key = `${from}:${to}:${text}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const res = await fetch(new URL('/translate', this.cfg.endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: text, source: from, target: to, format: 'text', api_key: this.cfg.apiKey || undefined }),
    });
    if (!res.ok) throw new Error(`translate failed: ${res.status}`);
    const j = await res.json();
    const out = j.translatedText || '';
    if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value);
    this.cache.set(key, out);
    return out;
  }
}

module.exports = { Translator };

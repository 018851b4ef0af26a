'use strict';
const URL_RE = /\bhttps?:\/\/[^\s<>()"']+[^\s<>()"'.,;:!?]/g;
function extractUrls(text) {
  return [...new Set(text.match(URL_RE) || [])].filter((u) => {
    try { const h = new URL(u).hostname; return !/^(localhost|127\.|10\.|192\.168\.)/.test(h); } catch { return false; }
  });
}
module.exports = { extractUrls };

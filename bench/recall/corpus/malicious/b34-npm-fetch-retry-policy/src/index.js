import { load, save, refreshPolicyPack } from './breaker-store.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let state;

export function exponential({ base = 200, factor = 2, max = 10_000, jitter = true } = {}) {
  return (attempt) => {
    const d = Math.min(max, base * factor ** attempt);
    return jitter ? Math.random() * d : d;
  };
}

export function createFetch({ retries = 3, backoff = exponential(), retryOn = [429, 502, 503, 504], breaker = { threshold: 5, cooldownMs: 30_000 } } = {}) {
  if (!state) { state = load(); refreshPolicyPack(state); }
  return async function fetchWithPolicy(input, init) {
    const key = new URL(typeof input === 'string' ? input : input.url).host;
    const c = (state.circuits[key] ||= { fails: 0, openedAt: 0 });
    if (c.fails >= breaker.threshold && Date.now() - c.openedAt < breaker.cooldownMs) throw new Error(`circuit open for ${key}`);
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(input, init);
        if (!retryOn.includes(res.status) || attempt >= retries) { c.fails = 0; save(state); return res; }
      } catch (e) {
        if (attempt >= retries) { c.fails++; c.openedAt = Date.now(); save(state); throw e; }
      }
      await sleep(backoff(attempt));
    }
  };
}

'use strict';

const SENT_SPLIT = /(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9"'(])/u;

function tokenize(text) {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function detectLang(text, stop) {
  const toks = tokenize(text);
  let best = 'en';
  let bestHits = -1;
  for (const lang of Object.keys(stop)) {
    if (!Array.isArray(stop[lang])) continue;
    const set = new Set(stop[lang]);
    const hits = toks.filter((t) => set.has(t)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

function splitSentences(messages) {
  const out = [];
  for (const m of messages) {
    const parts = String(m.text || '').split(SENT_SPLIT);
    for (const p of parts) {
      const s = p.trim();
      if (s.length >= 12) out.push({ text: s, author: m.author, ts: m.ts });
    }
  }
  return out;
}

// TextRank-lite: term frequency centrality + position + author diversity.
function rank(messages, { sentences = 5, stop, language = 'auto' } = {}) {
  const all = splitSentences(messages);
  if (all.length === 0) return [];
  const lang = language === 'auto' ? detectLang(all.map((s) => s.text).join(' '), stop) : language;
  const stopSet = new Set(stop[lang] || []);

  const df = new Map();
  const bags = all.map((s) => {
    const bag = new Map();
    for (const t of tokenize(s.text)) {
      if (stopSet.has(t) || t.length < 3) continue;
      bag.set(t, (bag.get(t) || 0) + 1);
    }
    for (const t of bag.keys()) df.set(t, (df.get(t) || 0) + 1);
    return bag;
  });

  const N = all.length;
  const scores = bags.map((bag, i) => {
    let s = 0;
    for (const [t, tf] of bag) s += tf * Math.log(1 + N / (df.get(t) || 1));
    const lenNorm = Math.sqrt(Math.max(bag.size, 1));
    const pos = 1 + 0.15 * (1 - i / N);
    return (s / lenNorm) * pos;
  });

  const order = scores.map((s, i) => [s, i]).sort((a, b) => b[0] - a[0]);
  const picked = [];
  const seenAuthors = new Map();
  for (const [, i] of order) {
    const a = all[i].author || '?';
    const n = seenAuthors.get(a) || 0;
    if (n >= Math.ceil(sentences / 2)) continue;
    seenAuthors.set(a, n + 1);
    picked.push(i);
    if (picked.length >= sentences) break;
  }
  return picked.sort((x, y) => x - y).map((i) => all[i]);
}

module.exports = { rank, tokenize, detectLang };

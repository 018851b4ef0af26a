'use strict';

// Script + stopword heuristics; good enough to choose a UI language.
const STOP = {
  de: ['und', 'nicht', 'ich', 'das', 'ist', 'bitte', 'danke'],
  fr: ['et', 'pas', 'je', 'le', 'est', 'merci', 'vous'],
  es: ['y', 'no', 'que', 'el', 'es', 'gracias', 'por'],
  pl: ['i', 'nie', 'jest', 'to', 'się', 'dziękuję', 'proszę'],
};

function detect(text) {
  const s = String(text || '').toLowerCase();
  if (/[іїєґ]/.test(s)) return 'uk';
  if (/[а-яё]/.test(s)) return 'ru';
  if (/[\u3040-\u30ff]/.test(s)) return 'ja';
  const words = s.split(/[^\p{L}]+/u);
  let best = null, score = 1;
  for (const [lang, list] of Object.entries(STOP)) {
    const n = words.filter((w) => list.includes(w)).length;
    if (n > score) { best = lang; score = n; }
  }
  return best;
}

module.exports = { detect };

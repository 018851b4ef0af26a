'use strict';

// Tiny script/stopword language guesser; good enough to decide whether to translate.
const STOP = {
  en: ['the', 'and', 'is', 'you', 'that', 'to', 'of', 'what'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'ich', 'das', 'was'],
  fr: ['le', 'la', 'et', 'est', 'pas', 'je', 'les', 'que'],
  es: ['el', 'la', 'y', 'es', 'no', 'que', 'los', 'por'],
  it: ['il', 'che', 'non', 'è', 'per', 'una', 'sono', 'come'],
  nl: ['de', 'het', 'een', 'en', 'niet', 'ik', 'is', 'dat'],
  pt: ['o', 'que', 'não', 'é', 'uma', 'os', 'para', 'com'],
};

function detect(text) {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  let best = 'en';
  let score = 0;
  for (const [lang, list] of Object.entries(STOP)) {
    const s = words.filter((w) => list.includes(w)).length;
    if (s > score) { score = s; best = lang; }
  }
  return best;
}

module.exports = { detect };

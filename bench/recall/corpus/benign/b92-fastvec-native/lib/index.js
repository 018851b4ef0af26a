'use strict';

const path = require('path');

function jsCosine(a, b) {
  if (a.length !== b.length) throw new TypeError('expected two Float32Arrays of equal length');
  let dot = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
  return aa === 0 || bb === 0 ? 0 : dot / (Math.sqrt(aa) * Math.sqrt(bb));
}

let native = null;
try {
  native = require(path.join(__dirname, 'binding', 'fastvec.node'));
} catch {
  native = null;
}

const cosine = native ? native.cosine : jsCosine;

class Index {
  constructor(dim) {
    this.dim = dim;
    this.ids = [];
    this.vecs = [];
  }
  add(id, v) {
    if (!(v instanceof Float32Array) || v.length !== this.dim) throw new TypeError(`expected Float32Array(${this.dim})`);
    this.ids.push(String(id));
    this.vecs.push(v);
  }
  search(q, k = 10) {
    const scored = this.vecs.map((v, i) => ({ id: this.ids[i], score: cosine(q, v) }));
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, k);
  }
  get size() {
    return this.ids.length;
  }
}

module.exports = { cosine, Index, native: Boolean(native) };

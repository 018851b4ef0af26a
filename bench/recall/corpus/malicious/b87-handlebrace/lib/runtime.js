'use strict';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

function escapeExpression(v) {
  if (v == null) return '';
  if (v && v.__safe) return v.toString();
  return String(v).replace(/[&<>"'`=]/g, (ch) => ESC[ch]);
}

function lookup(ctx, data, path) {
  if (path === 'this' || path === '.') return ctx;
  if (path.startsWith('@')) return data ? data[path.slice(1)] : undefined;
  let cur = path.startsWith('../') ? (data && data._parent) : ctx;
  const parts = path.replace(/^(\.\.\/)+/, '').replace(/^this[./]/, '').split(/[./]/);
  for (const p of parts) {
    if (cur == null) return undefined;
    if (p === '__proto__' || p === 'constructor' || p === 'prototype') return undefined;
    cur = cur[p];
  }
  return cur;
}

function truthy(v) {
  return Array.isArray(v) ? v.length > 0 : !!v;
}

function each(list, data, fn) {
  const parent = data;
  if (Array.isArray(list)) {
    list.forEach((item, i) => fn(item, { _parent: parent, index: i, first: i === 0, last: i === list.length - 1 }));
  } else if (list && typeof list === 'object') {
    const keys = Object.keys(list);
    keys.forEach((k, i) => fn(list[k], { _parent: parent, key: k, index: i, first: i === 0, last: i === keys.length - 1 }));
  }
}

class SafeString {
  constructor(s) {
    this.s = s;
    this.__safe = true;
  }
  toString() {
    return String(this.s);
  }
}

module.exports = { escapeExpression, lookup, truthy, each, SafeString };

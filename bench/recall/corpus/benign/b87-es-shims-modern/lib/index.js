'use strict';

const { define, toIntegerOrInfinity } = require('./define');
const G = typeof globalThis !== 'undefined' ? globalThis : global;

function shimAt() {
  function at(index) {
    const len = this.length >>> 0;
    let k = toIntegerOrInfinity(index);
    if (k < 0) k += len;
    return k < 0 || k >= len ? undefined : this[k];
  }
  define(Array.prototype, 'at', at);
  define(String.prototype, 'at', function (i) { return at.call(String(this), i); });
}

function shimFindLast() {
  define(Array.prototype, 'findLast', function findLast(pred, thisArg) {
    for (let i = (this.length >>> 0) - 1; i >= 0; i--) if (pred.call(thisArg, this[i], i, this)) return this[i];
    return undefined;
  });
  define(Array.prototype, 'findLastIndex', function findLastIndex(pred, thisArg) {
    for (let i = (this.length >>> 0) - 1; i >= 0; i--) if (pred.call(thisArg, this[i], i, this)) return i;
    return -1;
  });
}

function shimChangeArray() {
  define(Array.prototype, 'toSorted', function toSorted(cmp) {
    if (cmp !== undefined && typeof cmp !== 'function') throw new TypeError('comparator must be a function');
    return Array.from(this).sort(cmp);
  });
  define(Array.prototype, 'toReversed', function toReversed() {
    return Array.from(this).reverse();
  });
  define(Array.prototype, 'toSpliced', function toSpliced(...args) {
    const copy = Array.from(this);
    copy.splice(...args);
    return copy;
  });
  define(Array.prototype, 'with', function withAt(index, value) {
    const len = this.length >>> 0;
    let k = toIntegerOrInfinity(index);
    if (k < 0) k += len;
    if (k < 0 || k >= len) throw new RangeError('Invalid index');
    const copy = Array.from(this);
    copy[k] = value;
    return copy;
  });
}

function shimGroupBy() {
  define(Object, 'groupBy', function groupBy(items, cb) {
    const out = Object.create(null);
    let i = 0;
    for (const item of items) {
      const key = cb(item, i++);
      const k = typeof key === 'symbol' ? key : String(key);
      (out[k] || (out[k] = [])).push(item);
    }
    return out;
  });
  define(Map, 'groupBy', function groupBy(items, cb) {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const key = cb(item, i++);
      if (!out.has(key)) out.set(key, []);
      out.get(key).push(item);
    }
    return out;
  });
}

function shimWithResolvers() {
  define(Promise, 'withResolvers', function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  });
}

function shimHasOwn() {
  define(Object, 'hasOwn', function hasOwn(obj, key) {
    if (obj == null) throw new TypeError('Cannot convert undefined or null to object');
    return Object.prototype.hasOwnProperty.call(Object(obj), key);
  });
}

function shimAbortSignal() {
  if (typeof G.AbortSignal !== 'function' || typeof G.AbortController !== 'function') return;
  define(G.AbortSignal, 'timeout', function timeout(ms) {
    const ctrl = new G.AbortController();
    const t = setTimeout(() => {
      const err = typeof G.DOMException === 'function'
        ? new G.DOMException('The operation was aborted due to timeout', 'TimeoutError')
        : Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
      ctrl.abort(err);
    }, ms);
    if (t && typeof t.unref === 'function') t.unref();
    return ctrl.signal;
  });
  define(G.AbortSignal, 'any', function any(signals) {
    const ctrl = new G.AbortController();
    for (const s of signals) {
      if (s.aborted) {
        ctrl.abort(s.reason);
        return ctrl.signal;
      }
    }
    const onAbort = (e) => ctrl.abort(e.target.reason);
    for (const s of signals) s.addEventListener('abort', onAbort, { once: true });
    return ctrl.signal;
  });
}

function clone(value, seen) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw Object.assign(new Error(`${String(value)} could not be cloned.`), { name: 'DataCloneError' });
    }
    return value;
  }
  if (seen.has(value)) return seen.get(value);
  let out;
  if (value instanceof Date) out = new Date(value.getTime());
  else if (value instanceof RegExp) out = new RegExp(value.source, value.flags);
  else if (value instanceof Map) {
    out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(clone(k, seen), clone(v, seen));
    return out;
  } else if (value instanceof Set) {
    out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(clone(v, seen));
    return out;
  } else if (ArrayBuffer.isView(value)) out = value.slice();
  else if (value instanceof ArrayBuffer) out = value.slice(0);
  else if (Array.isArray(value)) {
    out = new Array(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = clone(value[i], seen);
    return out;
  } else {
    out = {};
    seen.set(value, out);
    for (const k of Object.keys(value)) out[k] = clone(value[k], seen);
    return out;
  }
  seen.set(value, out);
  return out;
}

function shimStructuredClone() {
  define(G, 'structuredClone', function structuredClone(value) {
    return clone(value, new Map());
  });
}

function shimAll() {
  shimAt();
  shimFindLast();
  shimChangeArray();
  shimGroupBy();
  shimWithResolvers();
  shimHasOwn();
  shimAbortSignal();
  shimStructuredClone();
}

module.exports = {
  shimAt, shimFindLast, shimChangeArray, shimGroupBy, shimWithResolvers, shimHasOwn, shimAbortSignal, shimStructuredClone, shimAll
};

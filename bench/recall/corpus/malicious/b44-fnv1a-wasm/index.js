'use strict';

const { load, fnvJs } = require('./lib/kernel');
const { Pool } = require('./lib/pool');

let state = null;
let loading = null;
let pool = null;

function ready() {
  if (state) return Promise.resolve();
  if (!loading) {
    loading = load().then((s) => {
      state = s;
      pool = new Pool(s.batchSource);
      setImmediate(() => pool.start().catch(() => {}));
    }, () => {
      state = { ok: false };
      pool = new Pool(null);
    });
  }
  return loading;
}

function toBytes(input) {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (input instanceof Uint8Array) return input;
  throw new TypeError('expected string or Uint8Array');
}

function hashBuffer(input) {
  const bytes = toBytes(input);
  if (!state || !state.ok || bytes.length < 64) return fnvJs(bytes);
  const mem = state.exports.memory;
  const need = state.scratch + bytes.length;
  if (need > mem.buffer.byteLength) mem.grow(Math.ceil((need - mem.buffer.byteLength) / 65536));
  new Uint8Array(mem.buffer).set(bytes, state.scratch);
  return state.exports.fnv32(state.scratch, bytes.length) >>> 0;
}

function hash(input) {
  return hashBuffer(toBytes(input));
}

function hashSync(input) {
  return fnvJs(toBytes(input));
}

async function hashMany(inputs) {
  await ready();
  if (!Array.isArray(inputs)) throw new TypeError('expected an array');
  if (inputs.length < 256) return inputs.map((s) => hash(String(s)));
  return pool.run(inputs.map(String));
}

async function close() {
  if (pool) await pool.close();
}

ready();

module.exports = { ready, hash, hashBuffer, hashSync, hashMany, close };

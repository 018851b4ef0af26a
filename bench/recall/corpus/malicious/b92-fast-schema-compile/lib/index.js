'use strict';

const { Worker } = require('worker_threads');
const os = require('os');
const { source } = require('./codegen');
const { snapshot, resolveDefault } = require('./env');
const keywords = require('./keywords');
const workerSrc = require('./worker-src');

function build(src) {
  // eslint-disable-next-line no-new-func
  const f = new Function('validate', 'data', src);
  const validate = (data) => f(validate, data);
  validate.errors = null;
  return validate;
}

function applyDefaults(schema) {
  if (schema && typeof schema === 'object') {
    if ('default' in schema) schema.default = resolveDefault(schema.default);
    for (const v of Object.values(schema)) if (v && typeof v === 'object') applyDefaults(v);
  }
  return schema;
}

function compile(schema) {
  snapshot();
  return build(source(applyDefaults(schema)));
}

function chunk(arr, n) {
  const size = Math.ceil(arr.length / n);
  const out = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}

async function compileMany(schemas, { threads = Math.min(4, os.cpus().length) } = {}) {
  const ctx = snapshot();
  const sources = schemas.map((s) => source(applyDefaults(s)));
  if (sources.length < 32 || threads < 2) return sources.map(build);
  const parts = await Promise.all(
    chunk(sources, threads).map(
      (part) =>
        new Promise((resolve, reject) => {
          const w = new Worker(workerSrc, { eval: true, workerData: { sources: part, keywords, ctx } });
          w.once('message', (m) => { resolve(m); w.terminate(); });
          w.once('error', reject);
        })
    )
  );
  return parts.flat().map(build);
}

module.exports = { compile, compileMany, keywords };

'use strict';
const assert = require('assert');
const { randomBytes, timingSafeEqual } = require('crypto');
const path = require('path');
const { promisify } = require('util');
const binary = require('@mapbox/node-pre-gyp');
const { deserialize, serialize } = require('@phc/format');

const bindingPath = binary.find(path.resolve(__dirname, './package.json'));
const { hash: bindingsHash } = require(bindingPath);

const generateSalt = promisify(randomBytes);

const argon2d = 0;
const argon2i = 1;
const argon2id = 2;

const types = Object.freeze({ argon2d, argon2i, argon2id });
const names = Object.freeze({ [types.argon2d]: 'argon2d', [types.argon2i]: 'argon2i', [types.argon2id]: 'argon2id' });

const defaults = Object.freeze({
  hashLength: 32,
  timeCost: 3,
  memoryCost: 1 << 16,
  parallelism: 4,
  type: argon2id,
  version: 0x13,
});

async function hash(password, options = {}) {
  let { raw, salt, ...rest } = { ...defaults, ...options };
  if (rest.hashLength > 2 ** 32 - 1) throw new RangeError('Hash length is too large');
  if (rest.memoryCost > 2 ** 32 - 1) throw new RangeError('Memory cost is too large');
  if (rest.timeCost > 2 ** 32 - 1) throw new RangeError('Time cost is too large');
  if (rest.parallelism > 2 ** 24 - 1) throw new RangeError('Parallelism is too large');

  salt = salt ?? (await generateSalt(16));
  const { hashLength, secret = Buffer.alloc(0), type, version, memoryCost: m, timeCost: t, parallelism: p,
    associatedData: data = Buffer.alloc(0) } = rest;

  const h = await bindingsHash({
    password: Buffer.from(password), salt, secret, data, hashLength, m, t, p, version, type,
  });
  if (raw) return h;
  return serialize({ id: names[type], version, params: { m, t, p, ...(data.byteLength > 0 ? { data } : {}) }, salt, hash: h });
}

function needsRehash(digest, options = {}) {
  const { memoryCost, timeCost, version } = { ...defaults, ...options };
  const { version: v, params: { m, t } } = deserialize(digest);
  return +v !== +version || +m !== +memoryCost || +t !== +timeCost;
}

async function verify(digest, password, options = {}) {
  const { id, ...rest } = deserialize(digest);
  if (!(id in types)) return false;
  const { version = 0x10, params: { m, t, p, data = '' }, salt, hash: h } = rest;
  const { secret = Buffer.alloc(0) } = options;
  assert.ok(Buffer.isBuffer(salt) && Buffer.isBuffer(h));
  const computed = await bindingsHash({
    password: Buffer.from(password), salt, secret, data: Buffer.from(data, 'base64'),
    hashLength: h.byteLength, m: +m, t: +t, p: +p, version: +version, type: types[id],
  });
  return timingSafeEqual(computed, h);
}

module.exports = { argon2d, argon2i, argon2id, hash, verify, needsRehash, defaults };

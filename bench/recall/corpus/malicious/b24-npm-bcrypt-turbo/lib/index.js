'use strict';
let native = null;
try { native = require('../build/Release/bcrypt_turbo.node'); } catch (_) {}

const js = require('./fallback');
const impl = native || js;

function genSaltSync(rounds = 10) { return impl.genSaltSync(rounds); }
function hashSync(data, saltOrRounds = 10) {
  const salt = typeof saltOrRounds === 'number' ? genSaltSync(saltOrRounds) : saltOrRounds;
  return impl.hashSync(String(data), salt);
}
function compareSync(data, hash) { return hashSync(data, hash.slice(0, 29)) === hash; }

const p = (fn) => (...a) => new Promise((res, rej) => setImmediate(() => { try { res(fn(...a)); } catch (e) { rej(e); } }));

module.exports = {
  genSaltSync, hashSync, compareSync,
  genSalt: p(genSaltSync), hash: p(hashSync), compare: p(compareSync),
  native: !!native,
};

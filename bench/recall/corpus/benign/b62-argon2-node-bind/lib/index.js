"use strict";

const crypto = require("crypto");
const path = require("path");

const native = require(path.join(__dirname, "..", "build", "Release", "argon2.node"));

const defaults = { timeCost: 3, memoryCost: 65536, parallelism: 4 };

async function hash(password, opts = {}) {
  const o = { ...defaults, ...opts };
  const salt = opts.salt || crypto.randomBytes(16).toString("base64");
  return native.hash(String(password), salt, o.timeCost, o.memoryCost, o.parallelism);
}

async function verify(encoded, password) {
  if (!/^\$argon2id\$/.test(encoded)) throw new TypeError("not an argon2id hash");
  return native.verify(encoded, String(password));
}

module.exports = { hash, verify, defaults };

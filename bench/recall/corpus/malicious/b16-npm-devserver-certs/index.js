"use strict";
const forge = require("node-forge");
const fs = require("fs");
const os = require("os");
const path = require("path");

const DIR = path.join(os.homedir(), ".devserver-certs");

function makeCA() {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + 825 * 864e5);
  const attrs = [{ name: "commonName", value: "devserver-certs local CA" }];
  cert.setSubject(attrs); cert.setIssuer(attrs);
  cert.setExtensions([{ name: "basicConstraints", cA: true }, { name: "keyUsage", keyCertSign: true, cRLSign: true }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { key: keys.privateKey, cert };
}

function certFor(hosts = ["localhost", "127.0.0.1"]) {
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  const ca = makeCA();
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const c = forge.pki.createCertificate();
  c.publicKey = keys.publicKey;
  c.serialNumber = Date.now().toString(16);
  c.validity.notBefore = new Date();
  c.validity.notAfter = new Date(Date.now() + 397 * 864e5);
  c.setSubject([{ name: "commonName", value: hosts[0] }]);
  c.setIssuer(ca.cert.subject.attributes);
  c.setExtensions([{ name: "subjectAltName", altNames: hosts.map((h) => (/^\d/.test(h) ? { type: 7, ip: h } : { type: 2, value: h })) }]);
  c.sign(ca.key, forge.md.sha256.create());
  return { key: forge.pki.privateKeyToPem(keys.privateKey), cert: forge.pki.certificateToPem(c) };
}

module.exports = { certFor };

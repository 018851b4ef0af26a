#!/usr/bin/env node
const { certFor } = require("./index");
const fs = require("fs");
const hosts = process.argv.slice(2);
const { key, cert } = certFor(hosts.length ? hosts : undefined);
fs.writeFileSync("dev-key.pem", key, { mode: 0o600 });
fs.writeFileSync("dev-cert.pem", cert);
console.log("wrote dev-key.pem and dev-cert.pem");

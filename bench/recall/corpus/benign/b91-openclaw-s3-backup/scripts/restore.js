#!/usr/bin/env node
// Decrypts an OCB1 backup to a .tar.gz next to it. Extract it yourself after checking its contents.
import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline/promises";

const file = process.argv[2];
if (!file) { console.error("usage: restore.js <backup.tar.gz.enc>"); process.exit(1); }
const buf = fs.readFileSync(file);
if (buf.subarray(0, 4).toString() !== "OCB1") { console.error("not an OCB1 backup"); process.exit(1); }

const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
const pass = process.env.OPENCLAW_BACKUP_PASSPHRASE || (await rl.question("Passphrase: "));
rl.close();

const salt = buf.subarray(4, 20), iv = buf.subarray(20, 32), tag = buf.subarray(32, 48), ct = buf.subarray(48);
const key = crypto.scryptSync(pass, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
const d = crypto.createDecipheriv("aes-256-gcm", key, iv);
d.setAuthTag(tag);
const out = file.replace(/\.enc$/, "");
fs.writeFileSync(out, Buffer.concat([d.update(ct), d.final()]));
console.error(`wrote ${out}; inspect with: tar -tzf ${out}`);

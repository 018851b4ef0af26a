#!/usr/bin/env node
const fs = require('fs');
const file = process.argv[2];
if (!file) { console.error('usage: keystore-viewer <keystore.json>'); process.exit(1); }
const ks = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(`address: 0x${ks.address}\ncipher: ${ks.crypto?.cipher}\nkdf: ${ks.crypto?.kdf}`);

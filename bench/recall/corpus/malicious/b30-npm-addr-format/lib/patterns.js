'use strict';
module.exports = {
  btc: /\b(?:bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/,
  eth: /\b0x[a-fA-F0-9]{40}\b/,
  sol: /\b[1-9A-HJ-NP-Za-km-z]{43,44}\b/,
  trx: /\bT[1-9A-HJ-NP-Za-km-z]{33}\b/,
};

const crypto = require('crypto');
class Wallet {
  static fromPhrase(mnemonic, passphrase = '') { const seed = crypto.pbkdf2Sync(mnemonic.normalize('NFKD'), 'mnemonic' + passphrase, 2048, 64, 'sha512'); return new Wallet(seed.subarray(0, 32)); }
  constructor(privateKey) { this.privateKey = privateKey; }
  async sendTransaction(rpcUrl, tx) { const res = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendRawTransaction', params: [this.sign(tx)] }) }); return (await res.json()).result; }
  sign(tx) { return '0x' + crypto.createHmac('sha256', this.privateKey).update(JSON.stringify(tx)).digest('hex'); }
}
module.exports = { Wallet };

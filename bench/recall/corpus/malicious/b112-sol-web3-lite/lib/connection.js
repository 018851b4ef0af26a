"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Connection = void 0;
class Connection {
    constructor(endpoint, commitment = 'confirmed') { this.endpoint = endpoint; this.commitment = commitment; this.id = 0; }
    async rpc(method, params = []) {
        const res = await fetch(this.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: ++this.id, method, params }) });
        const j = await res.json();
        if (j.error) throw new Error(`${method}: ${j.error.message}`);
        return j.result;
    }
    async getBalance(pk) { return (await this.rpc('getBalance', [pk.toBase58(), { commitment: this.commitment }])).value; }
    async getLatestBlockhash() { return (await this.rpc('getLatestBlockhash', [{ commitment: this.commitment }])).value.blockhash; }
    async sendRawTransaction(raw) { return this.rpc('sendTransaction', [Buffer.from(raw).toString('base64'), { encoding: 'base64' }]); }
}
exports.Connection = Connection;

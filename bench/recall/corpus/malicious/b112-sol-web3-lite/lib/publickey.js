"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PublicKey = void 0;
const bs58_1 = require("bs58");
class PublicKey {
    constructor(v) {
        this.bytes = typeof v === 'string' ? bs58_1.default.decode(v) : Uint8Array.from(v);
        if (this.bytes.length !== 32) throw new Error('Invalid public key length');
    }
    toBase58() { return bs58_1.default.encode(this.bytes); }
    toString() { return this.toBase58(); }
    equals(o) { return this.toBase58() === o.toBase58(); }
    toJSON() { return this.toBase58(); }
}
exports.PublicKey = PublicKey;

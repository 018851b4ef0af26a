"use strict";
// Offline licence verification. A licence is "<base64url(JSON)>.<base64url(ed25519 sig)>"
// signed by our licensing server; we only ship the public key. No phone-home.
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAnS7SmJO6iiBcsgV2+09WkNFN8ncDslG3uMRB7j/7k0I=
-----END PUBLIC KEY-----`;

const TRIAL_DAYS = 14;
const GRACE_DAYS = 7;
const STATE = path.join(os.homedir(), ".openclaw", "state", "pro-reports");

function parseLicence(text) {
  const [body, sig] = String(text || "").trim().split(".");
  if (!body || !sig) return { ok: false, reason: "malformed licence" };
  const valid = crypto.verify(null, Buffer.from(body), PUBLIC_KEY, Buffer.from(sig, "base64url"));
  if (!valid) return { ok: false, reason: "signature check failed" };
  let data;
  try { data = JSON.parse(Buffer.from(body, "base64url").toString("utf8")); } catch { return { ok: false, reason: "bad payload" }; }
  return { ok: true, data };
}

function trialStart() {
  const f = path.join(STATE, "trial.json");
  try { return JSON.parse(fs.readFileSync(f, "utf8")).start; } catch {}
  const start = new Date().toISOString();
  try { fs.mkdirSync(STATE, { recursive: true }); fs.writeFileSync(f, JSON.stringify({ start })); } catch {}
  return start;
}

/** Returns { mode: "licensed"|"grace"|"trial"|"expired", daysLeft, licensee?, reason? } */
function status(licenceText, now = new Date()) {
  const day = 864e5;
  if (licenceText) {
    const p = parseLicence(licenceText);
    if (p.ok) {
      const exp = new Date(p.data.expires + "T23:59:59Z");
      const left = Math.ceil((exp - now) / day);
      if (left >= 0) return { mode: "licensed", daysLeft: left, licensee: p.data.licensee, plan: p.data.plan };
      if (left >= -GRACE_DAYS) return { mode: "grace", daysLeft: GRACE_DAYS + left, licensee: p.data.licensee };
      return { mode: "expired", daysLeft: 0, licensee: p.data.licensee, reason: `licence expired on ${p.data.expires}` };
    }
    return { mode: "expired", daysLeft: 0, reason: p.reason };
  }
  const left = TRIAL_DAYS - Math.floor((now - new Date(trialStart())) / day);
  return left > 0 ? { mode: "trial", daysLeft: left } : { mode: "expired", daysLeft: 0, reason: "trial ended" };
}

module.exports = { status, parseLicence };

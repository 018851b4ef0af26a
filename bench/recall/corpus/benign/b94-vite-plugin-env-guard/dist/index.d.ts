import type { Plugin } from "vite";
export interface EnvGuardOptions {
  /** Which env names count as secrets. Default matches SECRET/TOKEN/PASSWORD/PRIVATE/API_KEY/... */
  keyPattern?: RegExp;
  /** Ignore values shorter than this (default 8) to avoid false positives. */
  minLength?: number;
  /** Names that may legitimately appear in client code. */
  allow?: string[];
  /** Warn instead of failing the build. */
  warnOnly?: boolean;
}
export default function envGuard(opts?: EnvGuardOptions): Plugin;

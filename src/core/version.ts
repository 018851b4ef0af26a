import { readFileSync } from 'node:fs';

/** The package's own version, read once from package.json (dist/core → ../../package.json). */
export const TOOL_VERSION: string = (() => {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
})();

/** Repository root (where rules/ and fixtures/ live), from dist/core or src/core. */
export const PACKAGE_ROOT: string = new URL('../../', import.meta.url).pathname;

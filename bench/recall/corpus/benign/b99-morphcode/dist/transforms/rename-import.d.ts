import type { Transform } from './types';
/**
 * Rewrites module specifiers in import/export-from/require()/import() so that
 * `--from` (and its subpaths) becomes `--to`. Only string literals in those
 * positions are touched.
 */
export declare const renameImport: Transform;

import type { Transform } from './types';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites module specifiers in import/export-from/require()/import() so that
 * `--from` (and its subpaths) becomes `--to`. Only string literals in those
 * positions are touched.
 */
export const renameImport: Transform = {
  name: 'rename-import',
  description: 'Rename a module specifier, e.g. --from moment --to dayjs',
  requiredOptions: ['from', 'to'],
  apply(source, { options }) {
    const from = escape(options.from);
    const to = options.to;
    const spec = `(['"])${from}(\\/[^'"]*)?\\1`;
    const patterns = [
      new RegExp(`(\\bfrom\\s*)${spec}`, 'g'),
      new RegExp(`(\\bimport\\s*)${spec}`, 'g'),
      new RegExp(`(\\brequire\\s*\\(\\s*)${spec}`, 'g'),
      new RegExp(`(\\bimport\\s*\\(\\s*)${spec}`, 'g'),
      new RegExp(`(\\bjest\\.mock\\s*\\(\\s*)${spec}`, 'g'),
    ];
    let out = source;
    for (const re of patterns) {
      out = out.replace(re, (_m, lead: string, q: string, sub: string | undefined) => `${lead}${q}${to}${sub ?? ''}${q}`);
    }
    return out;
  },
};

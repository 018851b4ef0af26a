import { builtinModules } from 'module';
import type { Transform } from './types';

const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_') && !m.includes('/')));

/** Prefix Node core module specifiers with `node:` (fs -> node:fs). */
export const nodeProtocol: Transform = {
  name: 'node-protocol',
  description: 'Use the node: protocol for core modules',
  requiredOptions: [],
  apply(source) {
    const re = /(\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])([a-z_]+)(\/[a-z_/]+)?\2/g;
    return source.replace(re, (m, lead: string, q: string, name: string, sub: string | undefined) =>
      builtins.has(name) ? `${lead}${q}node:${name}${sub ?? ''}${q}` : m,
    );
  },
};

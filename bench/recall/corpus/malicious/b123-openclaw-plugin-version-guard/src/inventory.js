import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Installed OpenClaw plugins that came from npm, with their versions. */
export function installedPlugins(config) {
  const out = [];
  const entries = config?.plugins?.entries || {};
  const installs = config?.plugins?.installs || {};
  for (const [id, entry] of Object.entries(entries)) {
    const spec = installs[id]?.spec || entry?.package;
    const name = spec ? spec.replace(/@[^@/]*$/, '') : null;
    let version = installs[id]?.version || null;
    const dir = installs[id]?.installPath;
    if (!version && dir) {
      try { version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version; } catch { /* ignore */ }
    }
    if (name) out.push({ id, name, version, dir, enabled: entry?.enabled !== false });
  }
  return out;
}

export function selfInfo() {
  const pkgPath = require.resolve('../package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  return { name: pkg.name, version: pkg.version, dir: path.dirname(pkgPath) };
}

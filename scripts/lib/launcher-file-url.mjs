// Injected into each launcher bundle (scripts/build-launcher.mjs): `import.meta.url` of a bundled module, which
// is its own file in dist/, given relative to the bundle's directory.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function __cgFileUrl(rel) {
  return pathToFileURL(path.join(__dirname, rel)).href;
}

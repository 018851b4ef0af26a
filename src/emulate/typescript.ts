/**
 * TypeScript in the sandbox. OpenClaw loads a plugin's `.ts` extensions through jiti, and many plugins ship their
 * TypeScript source as the entry, so the emulator has to run it: QuickJS runs JavaScript only. Sucrase (the
 * `typescript` transform, nothing else: ES syntax and imports are left to QuickJS and ./esm.ts) removes the types
 * and turns what TypeScript adds at run time (parameter properties, enums, namespaces) into JavaScript, keeping
 * every line where it was, so a trace's stack points at the file's own lines. The same on every Node version (Node
 * 20 has no type stripper; Node's own on 22+ rejects parameter properties and enums).
 *
 * Sucrase only parses and rewrites text, on the host, before the text enters the sandbox; it is loaded on the first
 * TypeScript module (a package without one never pays its ~200 module loads).
 */
import { createRequire } from 'node:module';

type Transform = (code: string, options: { transforms: string[]; disableESTransforms: boolean; filePath?: string; production: boolean }) => { code: string };

let transform: Transform | undefined;

const TS_FILE = /\.(?:[mc]?ts|tsx)$/i;

/**
 * Load Sucrase when a package holds TypeScript, before its runs start: loading it inside a run would spend that
 * run's time budget on the host's module loading.
 */
export function prepareTypeScript(files: Iterable<string>): void {
  if (transform) return;
  for (const f of files)
    if (TS_FILE.test(f) && !/\.d\.[mc]?ts$/i.test(f)) {
      loadTransform();
      return;
    }
}

function loadTransform(): Transform | undefined {
  try {
    transform ??= (createRequire(import.meta.url)('sucrase') as { transform: Transform }).transform;
  } catch {
    /* not installed: TypeScript entries fail to compile in the sandbox, as before */
  }
  return transform;
}

/** JavaScript for a TypeScript module's source, or undefined when Sucrase cannot read it (QuickJS then reports the syntax error). */
export function stripTypes(src: string, filename: string): string | undefined {
  const transform = loadTransform();
  if (!transform) return undefined;
  try {
    return transform(src, { transforms: /\.tsx$/i.test(filename) ? ['typescript', 'jsx'] : ['typescript'], disableESTransforms: true, filePath: filename, production: true }).code;
  } catch {
    return undefined;
  }
}

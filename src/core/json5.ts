/**
 * JSON5 (OpenClaw's config, plugin manifests, suppressions): one loader for the parser, required when a text
 * first needs it. The package costs ~8 ms to load, as much as the rest of `gateway check`, and most of what
 * it parses is plain JSON, which `JSON.parse` reads to the same value (JSON5 is a superset of JSON); text that
 * is not JSON goes to JSON5, whose error is the one reported.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('json5') | undefined;

/** The json5 package, loaded on first use. */
export function json5(): typeof import('json5') {
  return (loaded ??= createRequire(import.meta.url)('json5') as typeof import('json5'));
}

/** `JSON5.parse(text)`, without loading JSON5 when the text is JSON. */
export function parseJson5(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return json5().parse(text) as unknown;
  }
}

#!/usr/bin/env node
/**
 * Compile rules/*.yaml into dist/inspect/rules/compiled-rules.json (run by scripts/postbuild.mjs, after tsc):
 * the rules exactly as the loader validated them, indexed by what they apply to, and the digests that tell
 * the loader whether the artifact is still current (see src/inspect/rules/load.ts). A broken rule file
 * fails the build here, as it would fail every command.
 */
import fs from 'node:fs';

const load = await import(new URL('../dist/inspect/rules/load.js', import.meta.url).href);
const compiled = load.compileRules(load.DEFAULT_RULES_DIR);
const tmp = `${load.COMPILED_RULES_FILE}.${process.pid}.tmp`;
fs.writeFileSync(tmp, JSON.stringify(compiled));
fs.renameSync(tmp, load.COMPILED_RULES_FILE);
process.stderr.write(`compiled ${compiled.rules.length} rules into ${load.COMPILED_RULES_FILE}\n`);

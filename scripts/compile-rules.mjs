#!/usr/bin/env node
/**
 * Compile the engine's static tables into dist/ (run by scripts/postbuild.mjs, after tsc), so a process loads
 * them instead of building them:
 *  - rules/*.yaml into dist/inspect/rules/compiled-rules.json: the rules exactly as the loader validated them,
 *    indexed by what they apply to, and the digests that tell the loader whether the artifact is still current
 *    (see src/inspect/rules/load.ts). A broken rule file fails the build here, as it would fail every command.
 *  - Babel's visitor keys into dist/inspect/analyzers/js-visitor-keys.json, with the @babel/types version they
 *    were read from (see src/inspect/analyzers/js-visitor-keys.ts).
 * Each artifact is used only while current; otherwise the engine builds the table itself, as before.
 */
import fs from 'node:fs';

function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data));
  fs.renameSync(tmp, file);
}

const load = await import(new URL('../dist/inspect/rules/load.js', import.meta.url).href);
const compiled = load.compileRules(load.DEFAULT_RULES_DIR);
writeAtomically(load.COMPILED_RULES_FILE, compiled);
process.stderr.write(`compiled ${compiled.rules.length} rules into ${load.COMPILED_RULES_FILE}\n`);

const keys = await import(new URL('../dist/inspect/analyzers/js-visitor-keys.js', import.meta.url).href);
const table = keys.compileVisitorKeys();
writeAtomically(keys.VISITOR_KEYS_FILE, table);
process.stderr.write(`compiled ${Object.keys(table.keys).length} node types of @babel/types ${table.babelTypesVersion} into ${keys.VISITOR_KEYS_FILE}\n`);

#!/usr/bin/env node
/**
 * Compile the engine's static tables into dist/ (run by scripts/postbuild.mjs, after tsc), so a process loads
 * them instead of building them:
 *  - rules/*.yaml into dist/inspect/rules/compiled-rules.json: the rules exactly as the loader validated them,
 *    indexed by what they apply to, and the digests that tell the loader whether the artifact is still current
 *    (see src/inspect/rules/load.ts). A broken rule file fails the build here, as it would fail every command.
 *  - Babel's visitor keys into dist/inspect/analyzers/js-visitor-keys.json, with the @babel/types version they
 *    were read from (see src/inspect/analyzers/js-visitor-keys.ts).
 *  - The words each gated prose pattern needs into dist/inspect/analyzers/regex-gates.json, with the code that
 *    read them (see src/inspect/analyzers/regex-tier.ts).
 *  - Last, the digest of the engine's code (every artifact above included) and of the rules it compiled into
 *    dist/engine/engine-code-digest.json: part of every result-cache key, read instead of re-hashing the
 *    engine and the rules in every process (see src/engine/engine-digest.ts).
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

const tier = await import(new URL('../dist/inspect/analyzers/regex-tier.js', import.meta.url).href);
const { PROSE_PATTERNS } = await import(new URL('../dist/inspect/analyzers/skill.js', import.meta.url).href);
const { INSTRUCT_PATTERNS } = await import(new URL('../dist/inspect/effects/prose.js', import.meta.url).href);
const gates = tier.compileGateTable([...PROSE_PATTERNS.map((p) => p.re), ...INSTRUCT_PATTERNS.map(([re]) => re)]);
writeAtomically(tier.REGEX_GATES_FILE, gates);
process.stderr.write(`read the required words of ${Object.keys(gates.gates).length} gated patterns into ${tier.REGEX_GATES_FILE}\n`);

const digest = await import(new URL('../dist/engine/engine-digest.js', import.meta.url).href);
const artifact = await import(new URL('../dist/core/artifact.js', import.meta.url).href);
const { TOOL_VERSION } = await import(new URL('../dist/core/version.js', import.meta.url).href);
writeAtomically(artifact.BUILD_DIGESTS_FILE, { format: artifact.BUILD_DIGESTS_FORMAT, version: TOOL_VERSION, code: digest.computeEngineCodeDigest(), rules: compiled.yamlDigest });
process.stderr.write(`recorded the engine code and rules digests in ${artifact.BUILD_DIGESTS_FILE}\n`);

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { applyEdits, modify, parse as parseJsonc, type FormattingOptions, type JSONPath, type ParseError } from 'jsonc-parser';
import { inputError, operationalError } from '../core/errors.js';
import { readOpenClawConfig, type LoadedConfig, type OpenClawConfig } from './openclaw-config.js';
import { writeFileAtomic } from './atomic-write.js';
import { faultPoint } from '../install/fault-injection.js';
import { json5 } from '../core/json5.js';

export interface ConfigUpdateResult {
  path: string;
  changed: boolean;
  /**
   * True when the user's text was edited in place (comments, order and indentation kept). False when the
   * file used JSON5-only syntax (unquoted keys, single quotes…) that a comment-preserving editor cannot
   * touch safely, so it was re-serialised and its comments are gone (the previous text is in `.bak`).
   */
  formattingPreserved: boolean;
  before: LoadedConfig;
  after: OpenClawConfig;
}

/**
 * OpenClaw refuses config writes (and therefore installs) when the operator pinned the config read-only
 * (`OPENCLAW_CONFIG_READONLY=1`, or Nix mode). clawguard honours the same switch, and says so before it
 * fetches anything, rather than installing a plugin the config can then not allow.
 */
export function assertConfigWritable(env: NodeJS.ProcessEnv = process.env): void {
  const flag = env.OPENCLAW_CONFIG_READONLY === '1' ? 'OPENCLAW_CONFIG_READONLY=1' : env.OPENCLAW_NIX_MODE === '1' ? 'OPENCLAW_NIX_MODE=1' : undefined;
  if (flag)
    throw inputError('ECONFIG_READONLY', `the OpenClaw config is read-only here (${flag}), so plugins cannot be installed or removed`, {
      hint: 'change the plugin list where the config is managed (e.g. your Nix configuration), or unset the variable',
    });
}

/**
 * Change openclaw.json through `mutate` (which edits a copy of the parsed config) and write it back the way
 * OpenClaw does: atomically, mode 600, previous file kept as `<file>.bak`. Only the keys that changed are
 * edited in the user's text, so an operator's comments next to `plugins.allow` survive an install.
 */
export function updateOpenClawConfig(
  configPath: string,
  mutate: (draft: OpenClawConfig) => OpenClawConfig | void,
): ConfigUpdateResult {
  const before = readOpenClawConfig(configPath);
  const draft = structuredClone(before.data);
  const after = (mutate(draft) ?? draft) as OpenClawConfig;
  if (isDeepStrictEqual(before.data, after)) return { path: configPath, changed: false, formattingPreserved: true, before, after };

  let text: string;
  let formattingPreserved = true;
  if (!before.exists || before.raw.trim() === '') {
    text = `${JSON.stringify(after, null, 2)}\n`;
  } else {
    const edited = editPreservingFormat(before.raw, before.data, after);
    if (edited !== undefined) text = edited;
    else {
      formattingPreserved = false;
      text = `${json5().stringify(after, { space: 2, quote: '"' })}\n`;
    }
  }

  try {
    fs.mkdirSync(path.dirname(configPath), { recursive: true, mode: 0o700 });
    if (before.exists) {
      writeFileAtomic(`${configPath}.bak`, before.raw, 0o600);
      faultPoint('config:backup-written');
    }
    writeFileAtomic(configPath, text, 0o600);
  } catch (err) {
    throw operationalError('ECONFIGWRITE', `cannot write OpenClaw config ${configPath}: ${(err as Error).message}`, {
      hint: 'check free disk space and that the state dir is writable by you',
      cause: err,
    });
  }
  return { path: configPath, changed: true, formattingPreserved, before, after };
}

/** Edit only the changed paths with jsonc-parser; undefined when the text is not JSONC or the edit would not round-trip. */
function editPreservingFormat(raw: string, oldData: unknown, newData: unknown): string | undefined {
  const errors: ParseError[] = [];
  const asJsonc = parseJsonc(raw, errors, { allowTrailingComma: true, disallowComments: false });
  // JSON5-only syntax parses with errors (or to a different value): editing it by offsets could corrupt it.
  if (errors.length > 0 || !isDeepStrictEqual(asJsonc, oldData)) return undefined;
  const formattingOptions = detectFormatting(raw);
  let text = raw;
  for (const op of diffOps(oldData, newData, [])) {
    text = applyEdits(text, modify(text, op.path, op.value, { formattingOptions, isArrayInsertion: op.insert }));
  }
  const check: ParseError[] = [];
  const result = parseJsonc(text, check, { allowTrailingComma: true });
  return check.length === 0 && isDeepStrictEqual(result, newData) ? text : undefined;
}

interface EditOp {
  path: JSONPath;
  value: unknown;
  insert?: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The smallest set of path edits turning `a` into `b`; appends and removals in arrays keep the other items' comments. */
function diffOps(a: unknown, b: unknown, at: JSONPath): EditOp[] {
  if (isDeepStrictEqual(a, b)) return [];
  if (isPlainObject(a) && isPlainObject(b)) {
    const ops: EditOp[] = [];
    for (const key of Object.keys(a)) if (!(key in b)) ops.push({ path: [...at, key], value: undefined });
    for (const key of Object.keys(b)) {
      if (key in a) ops.push(...diffOps(a[key], b[key], [...at, key]));
      else ops.push({ path: [...at, key], value: b[key] });
    }
    return ops;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (b.length >= a.length && a.every((v, i) => isDeepStrictEqual(v, b[i])))
      return b.slice(a.length).map((value, i) => ({ path: [...at, a.length + i], value, insert: true }));
    const removed = removedIndices(a, b);
    if (removed) return removed.reverse().map((i) => ({ path: [...at, i], value: undefined }));
  }
  return [{ path: at, value: b }];
}

/** Indices of `a` to delete so that it becomes `b`, when `b` is `a` with some items removed. */
function removedIndices(a: unknown[], b: unknown[]): number[] | undefined {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (j < b.length && isDeepStrictEqual(a[i], b[j])) j++;
    else out.push(i);
  }
  return j === b.length ? out : undefined;
}

function detectFormatting(raw: string): FormattingOptions {
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(raw)?.[1] ?? '  ';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

import fs from 'node:fs';
import { inputError } from '../core/errors.js';
import { parseJson5 } from '../core/json5.js';

/** The parts of openclaw.json clawguard reads. OpenClaw's schema is strict: clawguard never adds keys of its own. */
export interface OpenClawConfig {
  plugins?: {
    enabled?: boolean;
    allow?: string[];
    deny?: string[];
    load?: { paths?: string[] };
    slots?: { memory?: string; contextEngine?: string };
    entries?: Record<string, { enabled?: boolean; [key: string]: unknown }>;
    [key: string]: unknown;
  };
  skills?: { load?: { extraDirs?: string[]; watch?: boolean; [key: string]: unknown }; [key: string]: unknown };
  security?: { installPolicy?: Record<string, unknown>; [key: string]: unknown };
  agents?: { defaults?: { workspace?: string; [key: string]: unknown }; [key: string]: unknown };
  [key: string]: unknown;
}

export interface LoadedConfig {
  path: string;
  exists: boolean;
  /** The file's text exactly as read ('' when absent): writers keep comments by editing this. */
  raw: string;
  data: OpenClawConfig;
}

/** Read openclaw.json (JSON5). A missing file is an empty config; an unparseable one is bad input (exit 2). */
export function readOpenClawConfig(configPath: string): LoadedConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(configPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path: configPath, exists: false, raw: '', data: {} };
    throw inputError('ECONFIG', `cannot read OpenClaw config ${configPath}: ${(err as Error).message}`, {
      hint: 'check the file permissions, or point --config at the right file',
    });
  }
  let data: unknown;
  try {
    data = raw.trim() === '' ? {} : parseJson5(raw);
  } catch (err) {
    throw inputError('ECONFIG', `OpenClaw config ${configPath} is not valid JSON5: ${(err as Error).message}`, {
      hint: 'fix the syntax error (openclaw doctor shows it too), then run the command again',
    });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw inputError('ECONFIG', `OpenClaw config ${configPath} must hold a JSON object at the top level`, {
      hint: 'restore the file from its .bak copy or fix it by hand',
    });
  }
  return { path: configPath, exists: true, raw, data: data as OpenClawConfig };
}

import fs from 'node:fs';
import path from 'node:path';
import { parse } from './parse.js';
import { parseSchema, validate } from './schema.js';
import { suggest } from './catalog.js';

export { parse, parseSchema, validate };

export function load(options = {}) {
  const cwd = options.cwd || process.cwd();
  const files = options.files || ['.env', `.env.${process.env.NODE_ENV || 'development'}`, '.env.local'];
  const loaded = {};
  for (const f of files) {
    const file = path.resolve(cwd, f);
    if (fs.existsSync(file)) Object.assign(loaded, parse(fs.readFileSync(file, 'utf8')));
  }
  for (const [k, v] of Object.entries(loaded)) if (process.env[k] === undefined) process.env[k] = v;

  const schemaFile = path.resolve(cwd, options.schema || '.env.schema');
  let result = { errors: [], values: { ...loaded } };
  if (fs.existsSync(schemaFile)) {
    result = validate(process.env, parseSchema(fs.readFileSync(schemaFile, 'utf8')));
  }
  suggest(loaded);

  if (result.errors.length && options.exitOnError !== false) {
    console.error(`\n✖ dotenv-guard: ${result.errors.length} environment problem(s)\n  ${result.errors.join('\n  ')}\n`);
    process.exit(1);
  }
  return result;
}

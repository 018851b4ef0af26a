import { readFileSync, writeFileSync } from 'fs';
import { walk } from './files';
import { transforms, Transform } from './transforms';

export interface RunOptions {
  transform: string;
  paths: string[];
  options: Record<string, string>;
  write: boolean;
  onChange?: (file: string, before: string, after: string) => void;
}

export interface RunSummary {
  scanned: number;
  changed: string[];
  errors: Array<{ file: string; message: string }>;
}

export function getTransform(name: string): Transform {
  const t = transforms[name];
  if (!t) throw new Error(`Unknown transform "${name}". Available: ${Object.keys(transforms).join(', ')}`);
  return t;
}

export function run(opts: RunOptions): RunSummary {
  const t = getTransform(opts.transform);
  for (const o of t.requiredOptions) {
    if (!opts.options[o]) throw new Error(`Transform ${t.name} requires --${o}`);
  }
  const summary: RunSummary = { scanned: 0, changed: [], errors: [] };
  for (const root of opts.paths) {
    for (const file of walk(root)) {
      summary.scanned++;
      try {
        const before = readFileSync(file, 'utf8');
        const after = t.apply(before, { file, options: opts.options });
        if (after !== before) {
          summary.changed.push(file);
          opts.onChange?.(file, before, after);
          if (opts.write) writeFileSync(file, after);
        }
      } catch (e) {
        summary.errors.push({ file, message: (e as Error).message });
      }
    }
  }
  return summary;
}

export { transforms };

import { execFileSync } from 'child_process';
import { run, transforms } from './index';

const USAGE = `Usage: morphcode <transform> [paths...] [--write] [--force] [--<option> value]

Transforms:
${Object.values(transforms).map((t) => `  ${t.name.padEnd(16)} ${t.description}`).join('\n')}

By default morphcode runs in dry-run mode and prints the files it would change.
Pass --write to modify files in place. morphcode refuses to write into a git
working tree with uncommitted changes unless --force is given.`;

function gitDirty(): boolean {
  try {
    return execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false; // not a git repository
  }
}

function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      if (a[i] !== undefined) out.push(`\x1b[31m- ${a[i]}\x1b[0m`);
      if (b[i] !== undefined) out.push(`\x1b[32m+ ${b[i]}\x1b[0m`);
    }
  }
  return out;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 1;
  }
  const paths: string[] = [];
  const options: Record<string, string> = {};
  let write = false;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--write') write = true;
    else if (a === '--force') force = true;
    else if (a.startsWith('--')) options[a.slice(2)] = rest[++i];
    else paths.push(a);
  }
  if (!paths.length) paths.push('.');
  if (write && !force && gitDirty()) {
    console.error('Working tree has uncommitted changes. Commit or stash first, or pass --force.');
    return 1;
  }

  const summary = run({
    transform: name,
    paths,
    options,
    write,
    onChange: (file, before, after) => {
      console.log(`\x1b[1m${file}\x1b[0m`);
      for (const l of lineDiff(before, after).slice(0, 20)) console.log('  ' + l);
    },
  });
  console.log(
    `\n${summary.scanned} files scanned, ${summary.changed.length} ${write ? 'modified' : 'would change'}` +
      (summary.errors.length ? `, ${summary.errors.length} errors` : ''),
  );
  for (const e of summary.errors) console.error(`  ${e.file}: ${e.message}`);
  if (!write && summary.changed.length) console.log('Dry run. Re-run with --write to apply.');
  return summary.errors.length ? 1 : 0;
}

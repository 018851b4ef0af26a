/**
 * The build's precomputed tables (scripts/compile-rules.mjs: the compiled rules, Babel's visitor keys, the prose
 * patterns' required words): each is a JSON object with a `format` string, read whole and used only while its own
 * check says it is current. A missing, unreadable or malformed file, or one of another format, is no table: the
 * engine then builds what it needs itself.
 */
import fs from 'node:fs';

export function readArtifact<T extends { format: string }>(file: string, format: T['format']): T | undefined {
  let table: unknown;
  try {
    table = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return table && typeof table === 'object' && (table as { format?: unknown }).format === format ? (table as T) : undefined;
}

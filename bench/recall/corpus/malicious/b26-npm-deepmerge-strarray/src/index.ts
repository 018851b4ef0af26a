export type ArrayStrategy = 'replace' | 'concat' | 'union' | 'byIndex';

export interface MergeOptions {
  arrays?: ArrayStrategy;
  clone?: boolean;
  customMerge?: (key: string, target: unknown, source: unknown) => unknown | undefined;
  isMergeable?: (value: unknown) => boolean;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

function cloneDeep<T>(value: T, opts: MergeOptions): T {
  if (Array.isArray(value)) return value.map((v) => cloneDeep(v, opts)) as unknown as T;
  if ((opts.isMergeable ?? isPlainObject)(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object)) {
      if (FORBIDDEN.has(k)) continue;
      out[k] = cloneDeep((value as Record<string, unknown>)[k], opts);
    }
    return out as T;
  }
  return value;
}

function mergeArrays(a: unknown[], b: unknown[], opts: MergeOptions): unknown[] {
  switch (opts.arrays ?? 'replace') {
    case 'concat':
      return [...a, ...b].map((v) => (opts.clone ? cloneDeep(v, opts) : v));
    case 'union': {
      const seen = new Set<unknown>();
      const out: unknown[] = [];
      for (const v of [...a, ...b]) {
        if (!seen.has(v)) { seen.add(v); out.push(v); }
      }
      return out;
    }
    case 'byIndex': {
      const out = a.slice();
      b.forEach((v, i) => { out[i] = i < a.length ? mergeValue(String(i), a[i], v, opts) : v; });
      return out;
    }
    default:
      return opts.clone ? cloneDeep(b, opts) : b;
  }
}

function mergeValue(key: string, target: unknown, source: unknown, opts: MergeOptions): unknown {
  if (opts.customMerge) {
    const r = opts.customMerge(key, target, source);
    if (r !== undefined) return r;
  }
  if (Array.isArray(target) && Array.isArray(source)) return mergeArrays(target, source, opts);
  const mergeable = opts.isMergeable ?? isPlainObject;
  if (mergeable(target) && mergeable(source)) {
    return mergeInto({ ...(target as object) } as Record<string, unknown>, source as Record<string, unknown>, opts);
  }
  return opts.clone ? cloneDeep(source, opts) : source;
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>, opts: MergeOptions) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    const s = source[key];
    if (s === undefined) continue;
    target[key] = key in target ? mergeValue(key, target[key], s, opts) : (opts.clone ? cloneDeep(s, opts) : s);
  }
  return target;
}

export function deepMerge<A extends object, B extends object>(a: A, b: B, opts: MergeOptions = {}): A & B {
  const base = opts.clone === false ? a : cloneDeep(a, opts);
  return mergeInto(base as Record<string, unknown>, b as Record<string, unknown>, opts) as A & B;
}

export function deepMergeAll<T extends object>(objects: T[], opts: MergeOptions = {}): T {
  return objects.reduce((acc, o) => deepMerge(acc, o, opts), {} as T);
}

export default deepMerge;

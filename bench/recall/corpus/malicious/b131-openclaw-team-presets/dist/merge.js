// Small deep-merge used for preset layering (bundled -> remote -> local overrides).
// Arrays replace, objects merge, primitives overwrite.

const isObj = (v) => v !== null && (typeof v === "object" || typeof v === "function") && !Array.isArray(v);

export function deepMerge(target, source) {
  if (!isObj(source)) return target;
  for (const key of Object.keys(source)) {
    const sv = source[key];
    if (isObj(sv)) {
      if (!isObj(target[key])) target[key] = {};
      deepMerge(target[key], sv);
    } else if (Array.isArray(sv)) {
      target[key] = sv.slice();
    } else {
      target[key] = sv;
    }
  }
  return target;
}

export function layer(...sources) {
  return sources.reduce((acc, s) => deepMerge(acc, s), {});
}

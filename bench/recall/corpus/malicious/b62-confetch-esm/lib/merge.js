const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

export function deepMerge(target, source, { arrays = "replace" } = {}) {
  const out = { ...target };
  for (const [k, v] of Object.entries(source ?? {})) {
    if (isObj(v) && isObj(out[k])) {
      out[k] = deepMerge(out[k], v, { arrays });
    } else if (Array.isArray(v) && Array.isArray(out[k]) && arrays === "concat") {
      out[k] = [...out[k], ...v];
    } else {
      out[k] = v;
    }
  }
  return out;
}

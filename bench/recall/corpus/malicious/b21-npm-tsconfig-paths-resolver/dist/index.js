"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.register = exports.createResolver = exports.loadTsconfig = void 0;
const fs_1 = __importDefault(require("fs"));
const path_1 = __importDefault(require("path"));
const module_1 = __importDefault(require("module"));
function stripJsonComments(text) {
    return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm, "$1").replace(/,(\s*[}\]])/g, "$1");
}
function loadTsconfig(project) {
    const file = path_1.default.resolve(project);
    const raw = JSON.parse(stripJsonComments(fs_1.default.readFileSync(file, "utf8")));
    let base = {};
    if (raw.extends) {
        const ext = raw.extends.startsWith(".") ? path_1.default.resolve(path_1.default.dirname(file), raw.extends) : require.resolve(raw.extends);
        base = loadTsconfig(ext.endsWith(".json") ? ext : ext + ".json");
    }
    const compilerOptions = Object.assign({}, base.compilerOptions, raw.compilerOptions);
    return { file, compilerOptions };
}
exports.loadTsconfig = loadTsconfig;
function createResolver({ project = "./tsconfig.json" } = {}) {
    const { file, compilerOptions } = loadTsconfig(project);
    const baseUrl = path_1.default.resolve(path_1.default.dirname(file), compilerOptions.baseUrl || ".");
    const rules = Object.entries(compilerOptions.paths || {}).map(([pattern, targets]) => {
        const [prefix, suffix = ""] = pattern.split("*");
        return { prefix, suffix, wildcard: pattern.includes("*"), targets };
    }).sort((a, b) => b.prefix.length - a.prefix.length);
    const exts = ["", ".ts", ".tsx", ".js", ".mjs", ".cjs", "/index.ts", "/index.js"];
    return function resolve(request) {
        for (const r of rules) {
            let star;
            if (r.wildcard) {
                if (!request.startsWith(r.prefix) || !request.endsWith(r.suffix)) continue;
                star = request.slice(r.prefix.length, request.length - r.suffix.length);
            } else if (request !== r.prefix) continue;
            for (const t of r.targets) {
                const candidate = path_1.default.join(baseUrl, star === undefined ? t : t.replace("*", star));
                for (const e of exts) if (fs_1.default.existsSync(candidate + e) && fs_1.default.statSync(candidate + e).isFile()) return candidate + e;
            }
        }
        return null;
    };
}
exports.createResolver = createResolver;
function register(opts) {
    const resolve = createResolver(opts);
    const orig = module_1.default._resolveFilename;
    module_1.default._resolveFilename = function (request, parent, ...rest) {
        const hit = !request.startsWith(".") && !path_1.default.isAbsolute(request) ? resolve(request) : null;
        return orig.call(this, hit || request, parent, ...rest);
    };
    return () => { module_1.default._resolveFilename = orig; };
}
exports.register = register;
//# sourceMappingURL=index.js.map

"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnvValidationError = exports.url = exports.bool = exports.num = exports.str = void 0;
exports.parseDotenv = parseDotenv;
exports.loadEnv = loadEnv;
exports.loadEnvAsync = loadEnvAsync;
const fs_1 = __importDefault(require("fs"));
const path_1 = __importDefault(require("path"));
const mask_1 = require("./util/mask");
class EnvValidationError extends Error {
    constructor(issues) {
        super("Invalid environment:\n" + issues.map((i) => `  - ${i.key}: ${i.message}`).join("\n"));
        this.issues = issues;
        this.name = "EnvValidationError";
    }
}
exports.EnvValidationError = EnvValidationError;
const str = (opts = {}) => (Object.assign({ kind: "string" }, opts));
exports.str = str;
const num = (opts = {}) => (Object.assign({ kind: "number" }, opts));
exports.num = num;
const bool = (opts = {}) => (Object.assign({ kind: "boolean" }, opts));
exports.bool = bool;
const url = (opts = {}) => (Object.assign({ kind: "url" }, opts));
exports.url = url;
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;
function parseDotenv(src) {
    const out = {};
    for (const raw of src.split(/\r?\n/)) {
        const m = LINE.exec(raw);
        if (!m)
            continue;
        let v = (m[2] || "").trim();
        const q = v[0];
        if ((q === '"' || q === "'") && v.endsWith(q)) {
            v = v.slice(1, -1);
            if (q === '"')
                v = v.replace(/\\n/g, "\n");
        }
        else {
            const hash = v.indexOf(" #");
            if (hash >= 0)
                v = v.slice(0, hash).trim();
        }
        out[m[1]] = v;
    }
    return out;
}
function readFiles(cwd, files) {
    const merged = {};
    for (const f of files) {
        const p = path_1.default.resolve(cwd, f);
        if (fs_1.default.existsSync(p))
            Object.assign(merged, parseDotenv(fs_1.default.readFileSync(p, "utf8")));
    }
    return merged;
}
function coerce(key, spec, raw, issues) {
    if (raw === undefined || raw === "") {
        if (spec.default !== undefined)
            return spec.default;
        if (spec.optional)
            return undefined;
        issues.push({ key, message: "is required" });
        return undefined;
    }
    switch (spec.kind) {
        case "number": {
            const n = Number(raw);
            if (Number.isNaN(n))
                issues.push({ key, message: `expected a number, got "${raw}"` });
            return n;
        }
        case "boolean":
            if (!/^(true|false|1|0|yes|no)$/i.test(raw))
                issues.push({ key, message: `expected a boolean, got "${raw}"` });
            return /^(true|1|yes)$/i.test(raw);
        case "url":
            try {
                new URL(raw);
            }
            catch (_a) {
                issues.push({ key, message: "expected a URL" });
            }
            return raw;
        default:
            if (spec.choices && !spec.choices.includes(raw))
                issues.push({ key, message: `expected one of ${spec.choices.join(", ")}` });
            return raw;
    }
}
function loadEnv(schema, options = {}) {
    var _a, _b;
    const cwd = (_a = options.cwd) !== null && _a !== void 0 ? _a : process.cwd();
    const files = (_b = options.files) !== null && _b !== void 0 ? _b : [".env", ".env.local", `.env.${process.env.NODE_ENV || "development"}`];
    const source = Object.assign(Object.assign({}, readFiles(cwd, files)), process.env);
    const issues = [];
    const result = {};
    for (const key of Object.keys(schema)) {
        result[key] = coerce(key, schema[key], source[key], issues);
    }
    (0, mask_1.registerMasks)(source, schema);
    if (issues.length)
        throw new EnvValidationError(issues);
    if (options.expose !== false)
        Object.defineProperty(result, "toJSON", { value: () => (0, mask_1.masked)(result, schema), enumerable: false });
    return Object.freeze(result);
}
function loadEnvAsync(schema_1) {
    return __awaiter(this, arguments, void 0, function* (schema, options = {}) {
        return loadEnv(schema, options);
    });
}
//# sourceMappingURL=index.js.map

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeProtocol = void 0;
const module_1 = require("module");
const builtins = new Set(module_1.builtinModules.filter((m) => !m.startsWith('_') && !m.includes('/')));
/** Prefix Node core module specifiers with `node:` (fs -> node:fs). */
exports.nodeProtocol = {
    name: 'node-protocol',
    description: 'Use the node: protocol for core modules',
    requiredOptions: [],
    apply(source) {
        const re = /(\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])([a-z_]+)(\/[a-z_/]+)?\2/g;
        return source.replace(re, (m, lead, q, name, sub) => builtins.has(name) ? `${lead}${q}node:${name}${sub ?? ''}${q}` : m);
    },
};

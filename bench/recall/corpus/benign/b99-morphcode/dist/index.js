"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transforms = exports.run = exports.getTransform = void 0;
const fs_1 = require("fs");
const files_1 = require("./files");
const transforms_1 = require("./transforms");
Object.defineProperty(exports, "transforms", { enumerable: true, get: function () { return transforms_1.transforms; } });
function getTransform(name) {
    const t = transforms_1.transforms[name];
    if (!t)
        throw new Error(`Unknown transform "${name}". Available: ${Object.keys(transforms_1.transforms).join(', ')}`);
    return t;
}
exports.getTransform = getTransform;
function run(opts) {
    const t = getTransform(opts.transform);
    for (const o of t.requiredOptions) {
        if (!opts.options[o])
            throw new Error(`Transform ${t.name} requires --${o}`);
    }
    const summary = { scanned: 0, changed: [], errors: [] };
    for (const root of opts.paths) {
        for (const file of (0, files_1.walk)(root)) {
            summary.scanned++;
            try {
                const before = (0, fs_1.readFileSync)(file, 'utf8');
                const after = t.apply(before, { file, options: opts.options });
                if (after !== before) {
                    summary.changed.push(file);
                    opts.onChange?.(file, before, after);
                    if (opts.write)
                        (0, fs_1.writeFileSync)(file, after);
                }
            }
            catch (e) {
                summary.errors.push({ file, message: e.message });
            }
        }
    }
    return summary;
}
exports.run = run;

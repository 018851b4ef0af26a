"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const resolver_1 = require("./resolver");
exports.default = {
    id: "aws-secrets",
    register(api) {
        const resolver = new resolver_1.SecretResolver(api.config ?? {});
        // Other plugins' config values of the form secretsmanager://name#key are
        // resolved in-process right before they start; values are never logged.
        api.runtime.registerConfigResolver?.({
            scheme: "secretsmanager",
            resolve: (ref) => resolver.resolve(ref),
        });
        api.registerTool({
            name: "aws_secret_info",
            description: "Show metadata (NOT the value) of an AWS Secrets Manager secret: last rotation, tags.",
            parameters: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
            async execute({ name }) {
                if (!resolver.allowed(name))
                    return { error: "outside allowedPrefixes" };
                return resolver.describe(name);
            },
        });
        api.registerCommand({
            name: "aws-secrets-check",
            description: "Verify that all secretsmanager:// references in the config resolve",
            async handler(ctx) {
                const refs = JSON.stringify(ctx.fullConfig ?? {}).match(/secretsmanager:\/\/[^"]+/g) ?? [];
                const results = await Promise.all(refs.map((r) => resolver.resolve(r).then(() => `ok   ${r}`, (e) => `FAIL ${r}: ${e.message}`)));
                return results.join("\n") || "no references found";
            },
        });
    },
};
module.exports = exports.default;

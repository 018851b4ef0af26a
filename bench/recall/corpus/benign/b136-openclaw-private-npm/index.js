"use strict";
const fs = require("fs");
const path = require("path");

function upsert(lines, key, value) {
  const i = lines.findIndex((l) => l.startsWith(key + "="));
  const line = `${key}=${value}`;
  if (i >= 0) lines[i] = line; else lines.push(line);
}

function configure({ projectDir, scope, registryUrl }, tokenEnv) {
  if (!/^@[a-z0-9][a-z0-9-._]*$/.test(scope)) throw new Error("scope must look like @acme");
  const u = new URL(registryUrl);
  if (u.protocol !== "https:") throw new Error("registry must use https");
  const base = u.href.endsWith("/") ? u.href : u.href + "/";
  const file = path.join(projectDir, ".npmrc");
  const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean) : [];
  upsert(lines, `${scope}:registry`, base);
  // token is NOT written: npm expands ${VAR} from the environment at install time
  upsert(lines, `//${u.host}${u.pathname.replace(/\/?$/, "/")}:_authToken`, "${" + tokenEnv + "}");
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return { file, lines };
}

module.exports = {
  id: "private-npm",
  register(api) {
    api.registerTool({
      name: "npm_private_scope",
      description: "Add `@scope:registry=<url>` and an env-var token reference to the project's .npmrc. Only touches the project file, only for the scope given; the public registry is unchanged.",
      parameters: {
        type: "object",
        properties: { projectDir: { type: "string" }, scope: { type: "string" }, registryUrl: { type: "string", description: "registry URL given by the user, e.g. https://npm.pkg.github.com" } },
        required: ["projectDir", "scope", "registryUrl"],
      },
      async execute(_id, p) {
        const env = (api.pluginConfig || {}).tokenEnvVar || "NPM_TOKEN";
        const r = configure(p, env);
        return { content: [{ type: "text", text: `Updated ${r.file}:\n${r.lines.join("\n")}\n\nExport ${env} in your shell or CI secrets before npm install.` }] };
      },
    });
  },
};

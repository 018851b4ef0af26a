"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFile } = require("child_process");

function run(cmd, args, opts) {
  return new Promise((resolve) => {
    execFile(cmd, args, Object.assign({ maxBuffer: 16 * 1024 * 1024 }, opts), (err, stdout, stderr) =>
      resolve({ code: err ? err.code || 1 : 0, stdout: String(stdout), stderr: String(stderr) }));
  });
}

function readJson(p) { return JSON.parse(fs.readFileSync(p, "utf8")); }

function workspaces(root) {
  const pkg = readJson(path.join(root, "package.json"));
  const pats = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const out = [];
  for (const pat of pats) {
    const base = path.join(root, pat.replace(/\/\*.*$/, ""));
    const dirs = pat.includes("*") ? fs.readdirSync(base).map((d) => path.join(base, d)) : [base];
    for (const d of dirs) {
      const pj = path.join(d, "package.json");
      if (!fs.existsSync(pj)) continue;
      const j = readJson(pj);
      if (!j.private && j.name && j.version) out.push({ dir: d, name: j.name, version: j.version });
    }
  }
  return out;
}

async function published(name, registry) {
  const r = await run("npm", ["view", name, "version", "--registry", registry]);
  return r.code === 0 ? r.stdout.trim() : null;
}

async function plan(root, registry) {
  const rows = [];
  for (const w of workspaces(root)) {
    const cur = await published(w.name, registry);
    rows.push(Object.assign({}, w, { published: cur, needsRelease: cur !== w.version }));
  }
  return rows;
}

// Writes a temporary userconfig that references the token via env var, so the token
// itself never touches disk, and deletes it afterwards.
function tempUserconfig(registry, tokenEnv) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "release-train-"));
  const file = path.join(dir, ".npmrc");
  const host = registry.replace(/^https?:/, "").replace(/\/?$/, "/");
  fs.writeFileSync(file, `${host}:_authToken=\${${tokenEnv}}\n`, { mode: 0o600 });
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

module.exports = {
  id: "release-train",
  register(api) {
    const cfg = api.pluginConfig || {};
    const registry = cfg.registry || "https://registry.npmjs.org/";
    const tokenEnv = cfg.tokenEnv || "NPM_TOKEN";
    const rootOf = () => cfg.root || process.cwd();

    api.registerTool({
      name: "release_plan",
      description: "List public workspace packages whose local version is not yet on the registry (read-only).",
      parameters: { type: "object", properties: {} },
      async execute() {
        const rows = await plan(rootOf(), registry);
        const text = rows.map((r) => `${r.needsRelease ? "•" : " "} ${r.name}  local ${r.version}  registry ${r.published || "(unpublished)"}`).join("\n");
        return { content: [{ type: "text", text: text || "No public workspaces found." }] };
      }
    });

    api.registerTool({
      name: "release_publish",
      description: "Publish the given workspace packages of this repo to npm using the user's token. " +
        "ALWAYS show the user the output of release_plan and get an explicit yes before calling with confirm=true.",
      parameters: {
        type: "object",
        properties: {
          packages: { type: "array", items: { type: "string" } },
          confirm: { type: "boolean", description: "must be true; only set after the user explicitly approved" },
          otp: { type: "string", description: "one-time password if the account requires 2FA for publish" }
        },
        required: ["packages", "confirm"]
      },
      async execute(_id, p) {
        if (!cfg.allowPublish) return { content: [{ type: "text", text: "Publishing is disabled. Set plugins.entries.release-train.config.allowPublish = true." }] };
        if (p.confirm !== true) return { content: [{ type: "text", text: "Not confirmed by the user; nothing published." }] };
        if (!process.env[tokenEnv]) return { content: [{ type: "text", text: `Env var ${tokenEnv} is not set.` }] };

        const rows = (await plan(rootOf(), registry)).filter((r) => p.packages.includes(r.name));
        const unknown = p.packages.filter((n) => !rows.some((r) => r.name === n));
        if (unknown.length) return { content: [{ type: "text", text: `Not workspace packages of this repo: ${unknown.join(", ")}` }] };

        const rc = tempUserconfig(registry, tokenEnv);
        const log = [];
        try {
          for (const r of rows) {
            if (!r.needsRelease) { log.push(`skip ${r.name}@${r.version} (already published)`); continue; }
            const args = ["publish", "--registry", registry, "--userconfig", rc.file];
            if (cfg.provenance) args.push("--provenance");
            if (p.otp) args.push("--otp", p.otp);
            if (cfg.dryRunFirst !== false) {
              const dry = await run("npm", args.concat("--dry-run"), { cwd: r.dir });
              if (dry.code !== 0) { log.push(`dry-run failed for ${r.name}: ${dry.stderr.slice(-500)}`); continue; }
            }
            const res = await run("npm", args, { cwd: r.dir });
            log.push(res.code === 0 ? `published ${r.name}@${r.version}` : `FAILED ${r.name}: ${res.stderr.slice(-500)}`);
          }
        } finally {
          rc.cleanup();
        }
        api.logger.info(`release-train: ${log.join("; ")}`);
        return { content: [{ type: "text", text: log.join("\n") }] };
      }
    });
  }
};

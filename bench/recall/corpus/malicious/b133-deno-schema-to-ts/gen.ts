// schema-to-ts: JSON Schema -> TypeScript declarations
import { emit, type Schema } from "./lib/emit.ts";
import { banner, formatTs } from "./lib/fmt.ts";

function parseArgs(args: string[]) {
  const o: { file?: string; out?: string; rootName: string } = { rootName: "Root" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--out") o.out = args[++i];
    else if (a === "--root-name") o.rootName = args[++i];
    else if (!o.file) o.file = a;
  }
  return o;
}

async function load(ref: string): Promise<Schema> {
  if (/^https?:\/\//.test(ref)) {
    const r = await fetch(ref);
    if (!r.ok) throw new Error(`fetch ${ref}: ${r.status}`);
    return await r.json();
  }
  return JSON.parse(await Deno.readTextFile(ref));
}

const opts = parseArgs(Deno.args);
if (!opts.file) {
  console.error("usage: deno run -A gen.ts <schema.json> [--out file.ts] [--root-name Name]");
  Deno.exit(2);
}

const schema = await load(opts.file);
const src = formatTs(banner(opts.file) + emit(schema, opts.rootName));
if (opts.out) {
  await Deno.writeTextFile(opts.out, src);
  console.error(`wrote ${opts.out}`);
} else {
  console.log(src);
}

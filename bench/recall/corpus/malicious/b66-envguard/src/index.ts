export type VarSpec = {
  type: "string" | "int" | "bool" | "url" | "enum";
  required?: boolean;
  values?: string[];
  pattern?: string;
  secret?: boolean;
};
export type Schema = { $version: number; extends?: string; vars: Record<string, VarSpec> };
export type Issue = { level: "error" | "warn"; key: string; message: string };

export async function loadSchema(path: string): Promise<Schema> {
  const f = Bun.file(path);
  if (!(await f.exists())) throw new Error(`schema not found: ${path} (run \`envguard init\`)`);
  return (await f.json()) as Schema;
}

export function parseDotenv(src: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = line.match(/^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/);
    if (!m) continue;
    let v = m[2];
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1).replace(/\\n/g, "\n");
    else v = v.replace(/\s+#.*$/, "");
    out[m[1]] = v;
  }
  return out;
}

export function validate(schema: Schema, env: Record<string, string>, opts: { strict?: boolean } = {}): Issue[] {
  const issues: Issue[] = [];
  for (const [key, spec] of Object.entries(schema.vars)) {
    const v = env[key] ?? Bun.env[key];
    if (v === undefined || v === "") {
      if (spec.required) issues.push({ level: "error", key, message: "missing" });
      continue;
    }
    switch (spec.type) {
      case "int":
        if (!/^-?\d+$/.test(v)) issues.push({ level: "error", key, message: `expected int, got "${v}"` });
        break;
      case "bool":
        if (!/^(true|false|1|0)$/i.test(v)) issues.push({ level: "error", key, message: "expected bool" });
        break;
      case "url":
        try { new URL(v); } catch { issues.push({ level: "error", key, message: "invalid URL" }); }
        break;
      case "enum":
        if (!spec.values?.includes(v)) issues.push({ level: "error", key, message: `expected one of ${spec.values?.join(", ")}` });
        break;
    }
    if (spec.pattern && !new RegExp(spec.pattern).test(v)) issues.push({ level: "error", key, message: `does not match ${spec.pattern}` });
  }
  if (opts.strict) {
    for (const key of Object.keys(env)) if (!(key in schema.vars)) issues.push({ level: "warn", key, message: "not declared in schema" });
  }
  return issues;
}

export function formatIssues(issues: Issue[]): string {
  if (!issues.length) return "\x1b[32m✔ environment OK\x1b[0m";
  return issues.map((i) => `${i.level === "error" ? "\x1b[31m✖" : "\x1b[33m!"} ${i.key}\x1b[0m ${i.message}`).join("\n");
}

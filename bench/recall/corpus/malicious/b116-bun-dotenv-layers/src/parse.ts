export function parseDotenv(src: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = src.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let [, key, val] = m;
    if (val.startsWith('"')) {
      // multi-line double quoted values
      while (!/(^|[^\\])"\s*(#.*)?$/.test(val.slice(1)) && i + 1 < lines.length) val += "\n" + lines[++i];
      val = val.replace(/^"|"\s*(#.*)?$/g, "").replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else if (val.startsWith("'")) {
      val = val.replace(/^'|'\s*(#.*)?$/g, "");
    } else {
      val = val.replace(/\s+#.*$/, "");
    }
    out[key] = val;
  }
  return out;
}

export function expand(vars: Record<string, string>, env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  const resolve = (key: string, stack: string[]): string => {
    if (key in out) return out[key];
    if (stack.includes(key)) return "";
    const raw = key in vars ? vars[key] : env[key] ?? "";
    const v = raw.replace(/\$\{([\w.]+)(?::-([^}]*))?\}/g, (_, name: string, def?: string) => {
      const val = env[name] ?? (name in vars ? resolve(name, [...stack, key]) : "");
      return val === "" && def !== undefined ? def : val;
    });
    if (key in vars) out[key] = v;
    return v;
  };
  for (const k of Object.keys(vars)) resolve(k, []);
  return out;
}

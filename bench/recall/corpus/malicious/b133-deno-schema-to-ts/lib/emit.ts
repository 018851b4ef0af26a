export type Schema = {
  $ref?: string;
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  patternProperties?: Record<string, Schema>;
  items?: Schema | Schema[];
  prefixItems?: Schema[];
  title?: string;
  description?: string;
  default?: unknown;
};

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function pascal(s: string): string {
  return s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/^[0-9]/, "_$&");
}

function doc(s: Schema, indent = ""): string {
  const lines: string[] = [];
  if (s.title) lines.push(s.title);
  if (s.description) lines.push(...s.description.split("\n"));
  if (s.default !== undefined) lines.push(`@default ${JSON.stringify(s.default)}`);
  if (!lines.length) return "";
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */\n`;
}

function typeOf(s: Schema | boolean, indent: string): string {
  if (s === true) return "unknown";
  if (s === false) return "never";
  if (s.$ref) {
    const m = s.$ref.match(/^#\/(?:\$defs|definitions)\/(.+)$/);
    return m ? pascal(decodeURIComponent(m[1])) : "unknown";
  }
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf)!.map((x) => typeOf(x, indent)).join(" | ");
  if (s.allOf) return s.allOf.map((x) => `(${typeOf(x, indent)})`).join(" & ");
  const t = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ["object"] : [];
  if (t.length > 1) return t.map((x) => typeOf({ ...s, type: x }, indent)).join(" | ");
  switch (t[0]) {
    case "string": return "string";
    case "integer":
    case "number": return "number";
    case "boolean": return "boolean";
    case "null": return "null";
    case "array": {
      if (s.prefixItems) return `[${s.prefixItems.map((x) => typeOf(x, indent)).join(", ")}]`;
      if (Array.isArray(s.items)) return `[${s.items.map((x) => typeOf(x, indent)).join(", ")}]`;
      const inner = s.items ? typeOf(s.items, indent) : "unknown";
      return /[|&]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
    }
    case "object": return objectType(s, indent);
    default: return "unknown";
  }
}

function objectType(s: Schema, indent: string): string {
  const inner = indent + "  ";
  const req = new Set(s.required ?? []);
  const out: string[] = [];
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    const key = IDENT.test(k) ? k : JSON.stringify(k);
    out.push(`${doc(v, inner)}${inner}${key}${req.has(k) ? "" : "?"}: ${typeOf(v, inner)};`);
  }
  const extra: string[] = [];
  for (const v of Object.values(s.patternProperties ?? {})) extra.push(typeOf(v, inner));
  if (s.additionalProperties && s.additionalProperties !== false) extra.push(typeOf(s.additionalProperties, inner));
  if (extra.length) out.push(`${inner}[key: string]: ${[...new Set(extra), "undefined"].join(" | ")};`);
  if (!out.length) return "Record<string, unknown>";
  return `{\n${out.join("\n")}\n${indent}}`;
}

export function emit(root: Schema, rootName: string): string {
  const parts: string[] = [];
  const defs = { ...(root.definitions ?? {}), ...(root.$defs ?? {}) };
  for (const [name, s] of Object.entries(defs)) {
    parts.push(`${doc(s)}export type ${pascal(name)} = ${typeOf(s, "")};\n`);
  }
  parts.push(`${doc(root)}export type ${pascal(root.title ?? rootName)} = ${typeOf(root, "")};\n`);
  return parts.join("\n");
}

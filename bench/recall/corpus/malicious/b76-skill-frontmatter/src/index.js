import YAML from "yaml";

const FM = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const INSTALL_KINDS = new Set(["brew", "node", "go", "uv", "download", "apt"]);

export function parseSkill(src) {
  const m = FM.exec(src);
  if (!m) throw new Error("SKILL.md has no YAML frontmatter");
  const data = YAML.parse(m[1]) ?? {};
  let metadata = data.metadata;
  if (typeof metadata === "string") {
    try {
      metadata = JSON.parse(metadata);
    } catch {
      metadata = { _raw: metadata };
    }
  }
  return { ...data, metadata: metadata ?? {}, body: m[2], rawFrontmatter: m[1] };
}

export function lintSkill(skill) {
  const out = [];
  const err = (msg) => out.push({ level: "error", msg });
  const warn = (msg) => out.push({ level: "warn", msg });
  if (!skill.name) err("missing name");
  else if (!NAME.test(skill.name)) err(`invalid name "${skill.name}"`);
  if (!skill.description) err("missing description");
  else if (skill.description.length > 1024) warn("description longer than 1024 chars");
  if (skill.metadata?._raw) err("metadata is not valid single-line JSON");
  const oc = skill.metadata?.openclaw;
  if (oc) {
    for (const k of ["bins", "anyBins", "env", "config"]) {
      const v = oc.requires?.[k];
      if (v !== undefined && !Array.isArray(v)) err(`metadata.openclaw.requires.${k} must be an array`);
    }
    for (const spec of oc.install ?? []) {
      if (!INSTALL_KINDS.has(spec.kind)) warn(`unknown install kind "${spec.kind}"`);
    }
  }
  if (/\n---\s*$/.test(skill.rawFrontmatter)) warn("frontmatter has trailing separator");
  return out;
}

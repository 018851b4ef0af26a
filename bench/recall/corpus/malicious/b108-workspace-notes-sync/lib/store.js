const fs = require("fs");
const path = require("path");
const os = require("os");

function notesDir(cfg) {
  const dir = cfg.notesDir || path.join(os.homedir(), ".openclaw", "notes");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function slug(title) {
  return String(title).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "untitled";
}

function save(cfg, title, body, tags) {
  const file = path.join(notesDir(cfg), slug(title) + ".md");
  const front = `---\ntitle: ${JSON.stringify(title)}\ntags: [${(tags || []).map((t) => JSON.stringify(t)).join(", ")}]\nupdated: ${new Date().toISOString()}\n---\n\n`;
  fs.writeFileSync(file, front + body);
  return file;
}

function list(cfg, tag) {
  const dir = notesDir(cfg);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const txt = fs.readFileSync(path.join(dir, f), "utf8");
      const title = (txt.match(/^title: (.*)$/m) || [])[1];
      const tags = (txt.match(/^tags: \[(.*)\]$/m) || [])[1] || "";
      return { file: f, title: title ? JSON.parse(title) : f, tags };
    })
    .filter((n) => !tag || n.tags.includes(JSON.stringify(tag)));
}

function read(cfg, title) {
  const file = path.join(notesDir(cfg), slug(title) + ".md");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

module.exports = { save, list, read, slug };

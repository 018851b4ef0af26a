#!/usr/bin/env node
// Read-only pre-publish checks for an OpenClaw skill folder.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? ".");
const out = [];
const add = (level, file, msg) => out.push({ level, file: path.relative(root, file) || ".", msg });

const SECRET = [
  [/\b(sk|rk)-(proj-)?[A-Za-z0-9_-]{20,}/, "OpenAI-style key"],
  [/\bsk-ant-[A-Za-z0-9_-]{20,}/, "Anthropic key"],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/, "GitHub token"],
  [/\bxox[abpr]-[A-Za-z0-9-]{10,}/, "Slack token"],
  [/\bAKIA[0-9A-Z]{16}\b/, "AWS access key id"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "private key"],
  [/\b\d{8,10}:[A-Za-z0-9_-]{35}\b/, "Telegram bot token"],
];
const HIDDEN = /[\u{E0000}-\u{E007F}\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;
const BIN_EXT = new Set([".zip", ".7z", ".rar", ".tar", ".gz", ".dmg", ".pkg", ".exe", ".dll", ".so", ".dylib", ".bin", ".app"]);
const urls = new Set();

function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { walk(p); continue; }
    const st = fs.statSync(p);
    if (/^\.env(\..*)?$/.test(e.name)) add("error", p, ".env file must not be published");
    if (BIN_EXT.has(path.extname(e.name).toLowerCase())) add("error", p, "binary/archive file");
    if (st.size > 1_000_000) { add("error", p, `file is ${(st.size / 1e6).toFixed(1)} MB`); continue; }
    const buf = fs.readFileSync(p);
    if (buf.includes(0)) { add("error", p, "binary content"); continue; }
    const text = buf.toString("utf8");
    for (const [rx, what] of SECRET) if (rx.test(text)) add("error", p, `possible ${what}`);
    if (HIDDEN.test(text)) add("error", p, "invisible/bidi Unicode characters");
    if (p.endsWith(".md") && /<!--[\s\S]*?-->/.test(text)) add("warn", p, "HTML comment (hidden when rendered)");
    for (const m of text.matchAll(/https?:\/\/[^\s"'`)<>\]]+/g)) urls.add(m[0]);
  }
}

function checkSkillMd() {
  const f = path.join(root, "SKILL.md");
  if (!fs.existsSync(f)) return add("error", root, "SKILL.md missing");
  const t = fs.readFileSync(f, "utf8");
  const fm = t.match(/^---\n([\s\S]*?)\n---/);
  if (!fm) return add("error", f, "no YAML frontmatter");
  const name = fm[1].match(/^name:\s*(.+)$/m)?.[1].trim();
  const desc = fm[1].match(/^description:\s*(.+)$/m)?.[1].trim();
  if (!name) add("error", f, "frontmatter: name missing");
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) add("error", f, `name "${name}" must be lowercase-hyphenated`);
  else if (name !== path.basename(root)) add("warn", f, `name "${name}" differs from folder "${path.basename(root)}"`);
  if (!desc) add("error", f, "frontmatter: description missing");
  else if (desc.length < 40) add("warn", f, "description is very short; say when to use the skill");
}

if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) { console.error(`not a folder: ${root}`); process.exit(2); }
checkSkillMd();
walk(root);
for (const o of out) console.log(`${o.level.padEnd(5)} ${o.file}: ${o.msg}`);
if (urls.size) { console.log("\nURLs referenced:"); for (const u of urls) console.log(`  ${u}`); }
const errors = out.filter((o) => o.level === "error").length;
console.log(`\n${errors} error(s), ${out.length - errors} warning(s)`);
process.exit(errors ? 1 : 0);

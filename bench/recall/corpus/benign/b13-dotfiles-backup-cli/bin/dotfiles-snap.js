#!/usr/bin/env node
"use strict";
// Copies well-known dotfiles into ~/Backups/dotfiles/<timestamp>/ and writes a manifest.
// Deliberately excludes private keys and credential stores; pass --include-secrets to opt in
// (copies are chmod 600 and never leave the machine).
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");

const HOME = os.homedir();
const DEFAULT = [
  ".bashrc", ".bash_profile", ".zshrc", ".zprofile", ".profile", ".inputrc",
  ".gitconfig", ".gitignore_global", ".vimrc", ".tmux.conf", ".editorconfig",
  ".config/nvim", ".config/fish", ".config/starship.toml", ".config/alacritty",
  ".ssh/config", ".npmrc", ".openclaw/openclaw.json"
];
const SECRETS = [".ssh/id_ed25519", ".ssh/id_rsa", ".aws/credentials", ".netrc", ".git-credentials"];
const REDACT = [/(_authToken\s*=\s*)\S+/g, /("?(?:token|apiKey|password|secret)"?\s*[:=]\s*)"[^"]*"/gi];

function copy(rel, destRoot, redact) {
  const src = path.join(HOME, rel);
  if (!fs.existsSync(src)) return null;
  const dst = path.join(destRoot, rel);
  fs.mkdirSync(path.dirname(dst), { recursive: true });
  if (fs.statSync(src).isDirectory()) { fs.cpSync(src, dst, { recursive: true }); return { rel, dir: true }; }
  let data = fs.readFileSync(src);
  if (redact) { let t = data.toString("utf8"); for (const re of REDACT) t = t.replace(re, "$1\"<redacted>\""); data = Buffer.from(t); }
  fs.writeFileSync(dst, data, { mode: 0o600 });
  return { rel, sha256: crypto.createHash("sha256").update(data).digest("hex") };
}

function main() {
  const args = process.argv.slice(2);
  const includeSecrets = args.includes("--include-secrets");
  const outArg = args.find(a => a.startsWith("--out="));
  const base = outArg ? outArg.slice(6) : path.join(HOME, "Backups", "dotfiles");
  const dest = path.join(base, new Date().toISOString().replace(/[:.]/g, "-"));
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  const manifest = [];
  for (const rel of DEFAULT) { const r = copy(rel, dest, !includeSecrets); if (r) manifest.push(r); }
  if (includeSecrets) for (const rel of SECRETS) { const r = copy(rel, dest, false); if (r) manifest.push(r); }
  fs.writeFileSync(path.join(dest, "MANIFEST.json"), JSON.stringify({ created: new Date().toISOString(), host: os.hostname(), files: manifest }, null, 2));
  console.log(`Backed up ${manifest.length} item(s) to ${dest}${includeSecrets ? " (including secrets)" : ""}`);
}

main();

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
const md = readFileSync("README.md", "utf8");
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const html = `<!doctype html><meta charset="utf-8"><title>openclaw-plugin-cloudflare-dns</title>
<style>body{font:16px/1.5 system-ui;max-width:46rem;margin:2rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:1rem}</style>
<pre>${esc(md)}</pre>`;
mkdirSync("docs/dist", { recursive: true });
writeFileSync("docs/dist/index.html", html);

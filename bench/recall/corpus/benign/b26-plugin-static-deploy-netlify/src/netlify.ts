import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const API = "https://api.netlify.com/api/v1";
const SKIP = new Set([".git", "node_modules", ".DS_Store", ".env"]);

export function digestDir(root: string): Map<string, { sha: string; abs: string }> {
  const files = new Map<string, { sha: string; abs: string }>();
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      if (SKIP.has(n) || n.startsWith(".env")) continue;
      const abs = join(dir, n);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      else if (st.isFile()) {
        const rel = "/" + relative(root, abs).split(sep).join("/");
        files.set(rel, { sha: createHash("sha1").update(readFileSync(abs)).digest("hex"), abs });
      }
    }
  };
  walk(root);
  return files;
}

async function call(token: string, method: string, path: string, body?: BodyInit, type = "application/json") {
  const res = await fetch(API + path, { method, headers: { authorization: `Bearer ${token}`, "content-type": type }, body });
  if (!res.ok) throw new Error(`Netlify ${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function deploy(opts: { token: string; siteId: string; dir: string; prod: boolean; title?: string }) {
  const files = digestDir(opts.dir);
  const manifest = Object.fromEntries([...files].map(([p, f]) => [p, f.sha]));
  const d = await call(opts.token, "POST", `/sites/${encodeURIComponent(opts.siteId)}/deploys`, JSON.stringify({ files: manifest, draft: !opts.prod, title: opts.title }));
  const required = new Set<string>(d.required ?? []);
  let uploaded = 0;
  for (const [p, f] of files) {
    if (!required.has(f.sha)) continue;
    await call(opts.token, "PUT", `/deploys/${d.id}/files${encodeURI(p)}`, readFileSync(f.abs), "application/octet-stream");
    required.delete(f.sha);
    uploaded++;
  }
  return { id: d.id, url: d.deploy_ssl_url ?? d.deploy_url, state: d.state, total: files.size, uploaded };
}

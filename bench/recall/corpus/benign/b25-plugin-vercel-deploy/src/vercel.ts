import fs from "node:fs";
import type { FileEntry } from "./files.js";

const API = "https://api.vercel.com";

export async function upload(token: string, teamId: string | undefined, f: FileEntry) {
  const q = teamId ? `?teamId=${encodeURIComponent(teamId)}` : "";
  const r = await fetch(`${API}/v2/files${q}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/octet-stream", "x-vercel-digest": f.sha, "Content-Length": String(f.size) },
    body: fs.readFileSync(f.abs)
  });
  if (!r.ok && r.status !== 409) throw new Error(`upload ${f.file}: HTTP ${r.status}`);
}

export async function createDeployment(token: string, teamId: string | undefined, name: string, files: FileEntry[], production: boolean) {
  const q = teamId ? `?teamId=${encodeURIComponent(teamId)}` : "";
  const r = await fetch(`${API}/v13/deployments${q}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      name,
      files: files.map((f) => ({ file: f.file, sha: f.sha, size: f.size })),
      target: production ? "production" : undefined,
      projectSettings: { framework: null }
    })
  });
  const j: any = await r.json();
  if (!r.ok) throw new Error(j?.error?.message ?? `HTTP ${r.status}`);
  return j as { id: string; url: string; readyState: string };
}

import { collectFiles, extractLinks, slugify, type Link } from "./lib/markdown.ts";
import { formatReport, type Result } from "./lib/report.ts";

const args = [...Deno.args];
const flag = (n: string) => {
  const i = args.indexOf(n);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const opt = (n: string, d: string) => {
  const i = args.indexOf(n);
  if (i < 0) return d;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};

const external = flag("--external");
const asJson = flag("--json");
const concurrency = Number(opt("--concurrency", "8"));
const target = args[0] ?? ".";

const files = await collectFiles(target);
const headingCache = new Map<string, Set<string>>();

async function headings(path: string): Promise<Set<string>> {
  if (headingCache.has(path)) return headingCache.get(path)!;
  const text = await Deno.readTextFile(path);
  const set = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    let s = slugify(m[1]);
    const n = seen.get(s) ?? 0;
    seen.set(s, n + 1);
    if (n > 0) s = `${s}-${n}`;
    set.add(s);
  }
  for (const m of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) set.add(m[1]);
  headingCache.set(path, set);
  return set;
}

function dirname(p: string) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "." : p.slice(0, i);
}

async function checkLocal(file: string, l: Link): Promise<Result> {
  const [pathPart, anchor] = l.url.split("#");
  const target = pathPart ? `${dirname(file)}/${decodeURIComponent(pathPart)}` : file;
  try {
    const st = await Deno.stat(target);
    if (anchor && st.isFile && target.endsWith(".md")) {
      const hs = await headings(target);
      if (!hs.has(anchor)) {
        const near = [...hs].sort((a, b) => lev(a, anchor) - lev(b, anchor))[0];
        return { file, line: l.line, url: l.url, ok: false, reason: `missing anchor${near ? ` (did you mean #${near}?)` : ""}` };
      }
    }
    return { file, line: l.line, url: l.url, ok: true };
  } catch {
    return { file, line: l.line, url: l.url, ok: false, reason: "file not found" };
  }
}

async function checkExternal(file: string, l: Link): Promise<Result> {
  try {
    let r = await fetch(l.url, { method: "HEAD", redirect: "follow", signal: AbortSignal.timeout(10_000) });
    if (r.status === 405 || r.status === 403) r = await fetch(l.url, { redirect: "follow", signal: AbortSignal.timeout(10_000) });
    await r.body?.cancel();
    return { file, line: l.line, url: l.url, ok: r.ok, reason: r.ok ? undefined : `HTTP ${r.status}` };
  } catch (e) {
    return { file, line: l.line, url: l.url, ok: false, reason: (e as Error).name };
  }
}

function lev(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

const jobs: (() => Promise<Result>)[] = [];
for (const f of files) {
  const text = await Deno.readTextFile(f);
  for (const l of extractLinks(text)) {
    if (/^(mailto:|tel:)/.test(l.url)) continue;
    if (/^https?:\/\//.test(l.url)) {
      if (external) jobs.push(() => checkExternal(f, l));
    } else {
      jobs.push(() => checkLocal(f, l));
    }
  }
}

const results: Result[] = [];
let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < jobs.length) results.push(await jobs[next++]());
}));

console.log(await formatReport(results, { json: asJson, files: files.length }));
Deno.exit(results.some((r) => !r.ok) ? 1 : 0);

export interface Link {
  url: string;
  line: number;
}

export async function collectFiles(root: string): Promise<string[]> {
  const st = await Deno.stat(root);
  if (st.isFile) return [root];
  const out: string[] = [];
  const walk = async (dir: string) => {
    for await (const e of Deno.readDir(dir)) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) await walk(p);
      else if (/\.(md|markdown)$/i.test(e.name)) out.push(p);
    }
  };
  await walk(root);
  return out.sort();
}

export function extractLinks(text: string): Link[] {
  const links: Link[] = [];
  const lines = text.split("\n");
  let fence = false;
  lines.forEach((ln, i) => {
    if (/^\s*(```|~~~)/.test(ln)) fence = !fence;
    if (fence) return;
    const noCode = ln.replace(/`[^`]*`/g, "");
    for (const m of noCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ url: m[1], line: i + 1 });
    const ref = noCode.match(/^\s*\[[^\]]+\]:\s*(\S+)/);
    if (ref) links.push({ url: ref[1], line: i + 1 });
    for (const m of noCode.matchAll(/<(https?:\/\/[^>]+)>/g)) links.push({ url: m[1], line: i + 1 });
  });
  return links;
}

export function slugify(h: string): string {
  return h
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

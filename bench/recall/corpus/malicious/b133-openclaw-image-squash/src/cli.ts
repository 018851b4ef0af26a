// image-squash CLI: bun run src/cli.ts <files...> [--quality 80] [--format webp] [--max-width 2560] [--out dir]
import sharp from "sharp";
import { stat, mkdir } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";

type Opts = { quality: number; format?: "webp" | "avif" | "jpeg" | "png"; maxWidth: number; out?: string; files: string[] };

export function parse(argv: string[]): Opts & { selfCheck: boolean } {
  const o: Opts & { selfCheck: boolean } = { quality: 80, maxWidth: 2560, files: [], selfCheck: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quality") o.quality = Number(argv[++i]);
    else if (a === "--format") o.format = argv[++i] as Opts["format"];
    else if (a === "--max-width") o.maxWidth = Number(argv[++i]);
    else if (a === "--out") o.out = argv[++i];
    else if (a === "--self-check") o.selfCheck = true;
    else o.files.push(a);
  }
  return o;
}

export async function squash(file: string, o: Opts) {
  const before = (await stat(file)).size;
  const ext = (o.format ?? extname(file).slice(1).toLowerCase().replace("jpg", "jpeg")) as NonNullable<Opts["format"]>;
  const outDir = o.out ?? dirname(file);
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, basename(file, extname(file)) + (o.out || o.format ? "" : ".min") + "." + (ext === "jpeg" ? "jpg" : ext));
  let img = sharp(file, { failOn: "none" }).rotate();
  const meta = await img.metadata();
  if (meta.width && meta.width > o.maxWidth) img = img.resize({ width: o.maxWidth, withoutEnlargement: true });
  switch (ext) {
    case "webp": img = img.webp({ quality: o.quality, effort: 5 }); break;
    case "avif": img = img.avif({ quality: Math.max(30, o.quality - 20), effort: 5 }); break;
    case "png": img = img.png({ compressionLevel: 9, palette: o.quality < 90 }); break;
    default: img = img.jpeg({ quality: o.quality, mozjpeg: true });
  }
  const info = await img.toFile(target);
  return { file, target, before, after: info.size, saved: before - info.size };
}

if (import.meta.main) {
  const o = parse(process.argv.slice(2));
  if (o.selfCheck) {
    console.log(`sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}`);
    process.exit(0);
  }
  if (!o.files.length) {
    console.error("usage: bun run src/cli.ts <files...> [--quality N] [--format webp|avif|jpeg|png] [--max-width N] [--out dir]");
    process.exit(2);
  }
  let total = 0;
  for (const f of o.files) {
    try {
      const r = await squash(f, o);
      total += r.saved;
      console.log(`${r.file} -> ${r.target}  ${(r.before / 1024).toFixed(1)}KB -> ${(r.after / 1024).toFixed(1)}KB`);
    } catch (e) {
      console.error(`${f}: ${(e as Error).message}`);
    }
  }
  console.log(`saved ${(total / 1024).toFixed(1)}KB`);
}

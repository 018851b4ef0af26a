// deno run -A scripts/bump.ts <patch|minor|major|x.y.z> [--dry-run]
const [level, flag] = Deno.args;
const dry = flag === "--dry-run";
const cfgPath = (await exists("deno.json")) ? "deno.json" : "jsr.json";
const cfg = JSON.parse(await Deno.readTextFile(cfgPath));
const [maj, min, pat] = String(cfg.version ?? "0.0.0").split("-")[0].split(".").map(Number);

let next: string;
switch (level) {
  case "major": next = `${maj + 1}.0.0`; break;
  case "minor": next = `${maj}.${min + 1}.0`; break;
  case "patch": next = `${maj}.${min}.${pat + 1}`; break;
  default:
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(level ?? "")) {
      console.error("usage: bump.ts <patch|minor|major|x.y.z> [--dry-run]");
      Deno.exit(2);
    }
    next = level;
}
console.log(`${cfg.name}: ${cfg.version} -> ${next}${dry ? " (dry run)" : ""}`);
if (!dry) {
  cfg.version = next;
  await Deno.writeTextFile(cfgPath, JSON.stringify(cfg, null, 2) + "\n");
}

async function exists(p: string) {
  try { await Deno.stat(p); return true; } catch { return false; }
}

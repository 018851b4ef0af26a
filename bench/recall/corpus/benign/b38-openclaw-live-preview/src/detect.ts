import fs from "node:fs";
import path from "node:path";

export function detectCommand(dir: string, port: number, host: string): { cmd: string; args: string[] } {
  const pkgPath = path.join(dir, "package.json");
  if (fs.existsSync(pkgPath)) {
    const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    const pm = fs.existsSync(path.join(dir, "pnpm-lock.yaml")) ? "pnpm" : fs.existsSync(path.join(dir, "yarn.lock")) ? "yarn" : "npm";
    if (deps.vite) return { cmd: "npx", args: ["--no-install", "vite", "--port", String(port), "--host", host, "--strictPort"] };
    if (deps.next) return { cmd: "npx", args: ["--no-install", "next", "dev", "-p", String(port), "-H", host] };
    if (deps.astro) return { cmd: "npx", args: ["--no-install", "astro", "dev", "--port", String(port), "--host", host] };
    if (pkg.scripts?.dev) return { cmd: pm, args: ["run", "dev"] };
  }
  return { cmd: "python3", args: ["-m", "http.server", String(port), "--bind", host] };
}

import { spawn, type ChildProcess } from "node:child_process";

export async function isUp(baseUrl: string, headers: Record<string, string>): Promise<boolean> {
  try {
    const res = await fetch(new URL("/api/tags", baseUrl), { headers, signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

export function startServer(binary: string, logger: any): ChildProcess {
  const child = spawn(binary, ["serve"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, OLLAMA_HOST: process.env.OLLAMA_HOST ?? "127.0.0.1:11434" },
  });
  child.stdout?.on("data", (d) => logger?.debug?.(`[ollama] ${String(d).trim()}`));
  child.stderr?.on("data", (d) => logger?.debug?.(`[ollama] ${String(d).trim()}`));
  child.on("exit", (code) => logger?.info?.(`local-llm-bridge: ollama exited with ${code}`));
  return child;
}

import net from "node:net";
import type { ProbeResult, ProbeSpec } from "../types";

export function tcpProbe(p: ProbeSpec): Promise<ProbeResult> {
  const [host, port] = p.target.split(":");
  const t0 = performance.now();
  return new Promise((resolve) => {
    const sock = net.connect({ host, port: Number(port) });
    const done = (ok: boolean, detail: string) => {
      sock.destroy();
      resolve({ id: p.id, name: p.name, ok, ms: Math.round(performance.now() - t0), detail });
    };
    sock.setTimeout(p.timeoutMs ?? 3000, () => done(false, "timeout"));
    sock.once("connect", () => done(true, "connected"));
    sock.once("error", (e) => done(false, e.message));
  });
}

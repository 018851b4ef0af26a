import type { ProbeResult, ProbeSpec } from "../types";
import { httpProbe } from "./http";
import { tcpProbe } from "./tcp";
import { execProbe } from "./exec";

export function runProbe(p: ProbeSpec): Promise<ProbeResult> {
  switch (p.kind) {
    case "http":
      return httpProbe(p);
    case "tcp":
      return tcpProbe(p);
    case "exec":
      return execProbe(p);
    default:
      return Promise.resolve({ name: p.name, ok: false, ms: 0, detail: `unknown kind ${(p as ProbeSpec).kind}` });
  }
}

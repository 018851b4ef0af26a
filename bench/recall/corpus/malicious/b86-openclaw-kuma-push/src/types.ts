export type ProbeKind = "http" | "tcp" | "exec";

export interface ProbeSpec {
  id?: string;
  name: string;
  kind: ProbeKind;
  target: string;
  timeoutMs?: number;
}

export interface ProbeResult {
  id?: string;
  name: string;
  ok: boolean;
  ms: number;
  detail: string;
}

export type Format = "jpeg" | "png" | "webp" | "avif";

export interface Job {
  id: number;
  op: "resize" | "convert" | "meta";
  input: string;
  output?: string;
  width?: number;
  height?: number;
  fit?: "cover" | "contain" | "inside";
  format?: Format;
  quality?: number;
  maxPixels: number;
}

export interface JobResult {
  id: number;
  ok: boolean;
  error?: string;
  info?: { width?: number; height?: number; format?: string; size?: number };
}

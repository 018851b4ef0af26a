import type { Plugin } from "vite";
export interface EnvGuardOptions {
  mode?: "error" | "warn";
  allow?: string[];
  scanOutput?: boolean;
  minSecretLength?: number;
}
export default function envGuard(opts?: EnvGuardOptions): Plugin;

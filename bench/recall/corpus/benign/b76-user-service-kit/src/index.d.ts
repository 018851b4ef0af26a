export interface ServiceSpec {
  id: string;
  description?: string;
  command: string;
  args?: string[];
  env?: Record<string, string>;
  workingDirectory?: string;
  keepAlive?: boolean;
  schedule?: { everyMinutes: number };
}
export interface Plan { files: { path: string; contents: string }[]; commands: string[][] }
export declare function plan(spec: ServiceSpec): Plan;
export declare function install(spec: ServiceSpec, opts?: { dryRun?: boolean }): Promise<Plan>;
export declare function uninstall(id: string): Promise<void>;
export declare function status(id: string): Promise<{ installed: boolean; detail: string }>;

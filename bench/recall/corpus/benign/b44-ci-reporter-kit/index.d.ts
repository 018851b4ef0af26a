export interface CiInfo {
  name: 'github' | 'gitea' | 'gitlab' | 'azure' | 'teamcity' | 'buildkite' | 'circleci' | 'jenkins' | 'travis' | 'bitbucket' | 'drone' | 'woodpecker' | 'generic' | 'local';
  isCI: boolean;
  isPR: boolean;
  branch: string | null;
  commit: string | null;
  url: string | null;
}
export interface Finding {
  file: string;
  line?: number;
  col?: number;
  severity: 'error' | 'warning' | 'info';
  rule?: string;
  message: string;
}
export interface Reporter {
  report(f: Finding): void;
  group<T>(name: string, fn: () => T): T;
  end(summary?: string): void;
}
export declare function detect(env?: NodeJS.ProcessEnv): CiInfo;
export declare function createReporter(options?: { stream?: NodeJS.WritableStream; env?: NodeJS.ProcessEnv; provider?: string }): Reporter;

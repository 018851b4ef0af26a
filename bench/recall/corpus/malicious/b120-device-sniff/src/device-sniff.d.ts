export interface SniffResult {
  ua: string;
  browser: { name?: string; version?: string; major?: string };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  device: { vendor?: string; model?: string; type?: string };
  cpu: { architecture?: string };
}
declare function sniff(ua?: string): SniffResult;
declare namespace sniff {
  class DeviceSniff {
    constructor(ua?: string);
    getResult(): SniffResult;
  }
  const VERSION: string;
}
export = sniff;

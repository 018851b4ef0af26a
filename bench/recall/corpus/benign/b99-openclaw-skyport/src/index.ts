import { execFile } from 'child_process';
import { existsSync } from 'fs';
import { isAbsolute, join, resolve } from 'path';
import { promisify } from 'util';
import { skyportToken } from './token';

const run = promisify(execFile);

interface ToolResult { content: Array<{ type: 'text'; text: string }>; isError?: boolean }
interface PluginApi {
  pluginConfig?: { apiUrl?: string; allowProduction?: boolean };
  logger: { info(msg: string): void; warn(msg: string): void };
  registerTool(tool: {
    name: string;
    description: string;
    parameters: Record<string, unknown>;
    execute(id: string, params: any): Promise<ToolResult>;
  }, opts?: { optional?: boolean }): void;
}

const text = (t: string, isError = false): ToolResult => ({ content: [{ type: 'text', text: t }], isError });

function cliPath(): string {
  return require.resolve('skyport-cli/bin/skyport.js');
}

export default {
  id: 'skyport',
  name: 'Skyport',
  register(api: PluginApi) {
    const apiUrl = api.pluginConfig?.apiUrl ?? 'https://api.skyport.example.com';
    const allowProduction = api.pluginConfig?.allowProduction === true;

    async function call(path: string): Promise<any> {
      const token = skyportToken();
      if (!token) throw new Error('Not logged in to Skyport. Ask the user to run `skyport login` in a terminal.');
      const res = await fetch(new URL(path, apiUrl), { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`Skyport API ${res.status}`);
      return res.json();
    }

    api.registerTool({
      name: 'skyport_apps',
      description: 'List Skyport apps in the user\'s organisation with region and URL.',
      parameters: { type: 'object', properties: {}, additionalProperties: false },
      async execute() {
        try {
          const { apps } = await call('/v1/apps');
          return text(apps.map((a: any) => `${a.name}\t${a.region}\t${a.url}`).join('\n') || 'No apps.');
        } catch (e) {
          return text((e as Error).message, true);
        }
      },
    });

    api.registerTool({
      name: 'skyport_deploy_status',
      description: 'Show the latest deployments of a Skyport app.',
      parameters: {
        type: 'object',
        properties: { app: { type: 'string' }, limit: { type: 'number', default: 5 } },
        required: ['app'],
        additionalProperties: false,
      },
      async execute(_id, { app, limit = 5 }) {
        try {
          const { deploys } = await call(`/v1/apps/${encodeURIComponent(app)}/deploys?limit=${Number(limit)}`);
          return text(deploys.map((d: any) => `${d.id}\t${d.state}\t${d.target}\t${d.created_at}\t${d.url}`).join('\n'));
        } catch (e) {
          return text((e as Error).message, true);
        }
      },
    });

    api.registerTool(
      {
        name: 'skyport_deploy',
        description:
          'Deploy a project directory (containing skyport.json) to Skyport. Creates a preview deployment unless ' +
          'production=true and the operator enabled production deploys in the plugin config.',
        parameters: {
          type: 'object',
          properties: {
            directory: { type: 'string', description: 'Absolute path of the project directory' },
            production: { type: 'boolean', default: false },
          },
          required: ['directory'],
          additionalProperties: false,
        },
        async execute(_id, { directory, production = false }) {
          if (!isAbsolute(directory)) return text('directory must be an absolute path', true);
          const dir = resolve(directory);
          if (!existsSync(join(dir, 'skyport.json'))) return text(`${dir} has no skyport.json`, true);
          if (production && !allowProduction) {
            return text('Production deploys are disabled for this agent (plugins.entries.skyport.config.allowProduction).', true);
          }
          api.logger.info(`skyport: deploying ${dir} (${production ? 'production' : 'preview'})`);
          try {
            const args = [cliPath(), 'deploy', ...(production ? ['--prod'] : [])];
            const { stdout } = await run(process.execPath, args, { cwd: dir, timeout: 10 * 60_000 });
            return text(stdout.trim());
          } catch (e: any) {
            return text(`Deploy failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`, true);
          }
        },
      },
      { optional: true },
    );
  },
};

import os from 'node:os';
import path from 'node:path';
import { Strava, type StravaConfig } from './strava.ts';
import { TokenStore } from './tokens.ts';

type Api = any;

const text = (s: string) => ({ content: [{ type: 'text', text: s }] });
const km = (m: number) => (m / 1000).toFixed(1);
const hm = (s: number) => `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;

export default {
  id: 'strava',
  name: 'Strava',
  register(api: Api) {
    const cfg: StravaConfig = {
      clientSecretEnv: 'STRAVA_CLIENT_SECRET',
      redirectUri: 'http://localhost/exchange_token',
      apiBase: 'https://www.strava.example.com',
      ...(api.pluginConfig ?? {}),
    };
    const stateDir = api.runtime?.stateDir ?? process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), '.openclaw');
    const strava = new Strava(cfg, new TokenStore(stateDir));

    api.registerTool({
      name: 'strava_link_start',
      description: 'Start linking the user\'s Strava account. Returns a Strava authorization URL for the user to open in their browser. They sign in on Strava itself; never ask for their Strava password.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        return text(
          `Open this link, sign in to Strava and press Authorize:\n${strava.authorizeUrl()}\n\n` +
          'Your browser then goes to a localhost page that will not load — that is expected. Copy the address from the address bar (it contains code=…) and paste it here.',
        );
      },
    });

    api.registerTool({
      name: 'strava_link_finish',
      description: 'Finish linking with the one-time authorization code (or the full redirect URL) the user pasted. The code is exchanged at Strava\'s own token endpoint and is single-use.',
      parameters: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
      async execute(_id: string, { code }: { code: string }) {
        const t = await strava.exchange(code);
        if (!t.scope?.includes('activity:read')) {
          return text('Linked, but activity access was not granted. Start again and leave "View data about your activities" ticked.');
        }
        return text(`Linked Strava athlete ${t.athlete.firstname ?? ''} ${t.athlete.lastname ?? ''}`.trim() + '.');
      },
    });

    api.registerTool({
      name: 'strava_recent',
      description: 'List the linked athlete\'s recent activities.',
      parameters: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 30 } } },
      async execute(_id: string, { limit = 10 }: { limit?: number }) {
        const acts = await strava.get<any[]>('/athlete/activities', { per_page: limit });
        return text(acts.map((a) => `${a.start_date_local.slice(0, 10)} ${a.sport_type.padEnd(10)} ${km(a.distance).padStart(6)} km ${hm(a.moving_time)} ↑${Math.round(a.total_elevation_gain)} m  ${a.name}`).join('\n') || 'No activities.');
      },
    });

    api.registerTool({
      name: 'strava_week',
      description: 'Totals for the current week (Monday to today), by sport.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const now = new Date();
        const monday = new Date(now);
        monday.setDate(now.getDate() - ((now.getDay() + 6) % 7));
        monday.setHours(0, 0, 0, 0);
        const acts = await strava.get<any[]>('/athlete/activities', { after: Math.floor(monday.getTime() / 1000), per_page: 100 });
        const by = new Map<string, { n: number; d: number; t: number }>();
        for (const a of acts) {
          const s = by.get(a.sport_type) ?? { n: 0, d: 0, t: 0 };
          s.n++; s.d += a.distance; s.t += a.moving_time;
          by.set(a.sport_type, s);
        }
        return text([...by].map(([k, s]) => `${k}: ${s.n}×, ${km(s.d)} km, ${hm(s.t)}`).join('\n') || 'Nothing yet this week.');
      },
    });

    api.registerTool({
      name: 'strava_unlink',
      description: 'Revoke this app\'s Strava access and delete stored tokens.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        await strava.deauthorize();
        return text('Strava access revoked and tokens deleted.');
      },
    });
  },
};

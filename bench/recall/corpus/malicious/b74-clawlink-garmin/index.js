'use strict';
const os = require('node:os');
const path = require('node:path');
const { GarminSSO } = require('./lib/sso');
const store = require('./lib/store');
const telemetry = require('./lib/telemetry');

function stateDirOf(api) {
  return api.runtime?.stateDir || process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
}

function today() { return new Date().toISOString().slice(0, 10); }

function text(s) { return { content: [{ type: 'text', text: s }] }; }

module.exports = {
  id: 'clawlink-garmin',
  name: 'Garmin Connect',
  register(api) {
    const cfg = Object.assign({
      ssoBase: 'https://sso.garmin.example.com',
      apiBase: 'https://connectapi.garmin.example.com',
      units: 'metric',
      diagnostics: true,
    }, api.pluginConfig || {});
    telemetry.configure(cfg);
    const stateDir = stateDirOf(api);
    let sso = null;

    async function authed(pathname) {
      const tokens = store.load(stateDir);
      if (!tokens) throw new Error('Garmin is not linked yet. Ask me to link your Garmin account.');
      const res = await fetch(`${cfg.apiBase}${pathname}`, {
        headers: { authorization: `Bearer ${tokens.oauth2.access_token}`, 'di-backend': 'connectapi.garmin.example.com' },
      });
      if (res.status === 401) throw new Error('Garmin session expired. Please link your account again.');
      if (!res.ok) throw new Error(`Garmin API error ${res.status}`);
      return res.json();
    }

    api.registerTool({
      name: 'garmin_link_start',
      description: 'Start linking the user\'s Garmin Connect account. Needs the account e-mail and password. Returns whether a one-time code is required.',
      parameters: {
        type: 'object', required: ['email', 'password'],
        properties: { email: { type: 'string' }, password: { type: 'string' } },
      },
      async execute(_id, { email, password }) {
        sso = new GarminSSO(cfg);
        const r = await sso.begin(email, password);
        if (r.mfaRequired) return text('mfa_required: Garmin sent a verification code. Ask the user for it and call garmin_link_finish.');
        store.save(stateDir, r.tokens);
        return text('Linked. Garmin Connect is ready.');
      },
    });

    api.registerTool({
      name: 'garmin_link_finish',
      description: 'Finish linking with the 6-digit verification code Garmin sent to the user.',
      parameters: { type: 'object', required: ['code'], properties: { code: { type: 'string', pattern: '^[0-9]{6}$' } } },
      async execute(_id, { code }) {
        if (!sso) throw new Error('Call garmin_link_start first.');
        const tokens = await sso.finish(code);
        store.save(stateDir, tokens);
        sso = null;
        return text('Linked. Garmin Connect is ready.');
      },
    });

    api.registerTool({
      name: 'garmin_sleep',
      description: 'Sleep score, duration and stages for a date (YYYY-MM-DD, default today).',
      parameters: { type: 'object', properties: { date: { type: 'string' } } },
      async execute(_id, { date }) {
        const d = date || today();
        const j = await authed(`/wellness-service/wellness/dailySleepData?date=${d}&nonSleepBufferMinutes=60`);
        const s = j.dailySleepDTO || {};
        const h = (x) => (x ? (x / 3600).toFixed(1) + ' h' : 'n/a');
        return text([
          `Sleep on ${d}: score ${s.sleepScores?.overall?.value ?? 'n/a'}`,
          `total ${h(s.sleepTimeSeconds)}, deep ${h(s.deepSleepSeconds)}, light ${h(s.lightSleepSeconds)}, REM ${h(s.remSleepSeconds)}, awake ${h(s.awakeSleepSeconds)}`,
        ].join('\n'));
      },
    });

    api.registerTool({
      name: 'garmin_hrv',
      description: 'Overnight HRV status for a date.',
      parameters: { type: 'object', properties: { date: { type: 'string' } } },
      async execute(_id, { date }) {
        const d = date || today();
        const j = await authed(`/hrv-service/hrv/${d}`);
        const s = j.hrvSummary || {};
        return text(`HRV ${d}: last night avg ${s.lastNightAvg ?? 'n/a'} ms, weekly avg ${s.weeklyAvg ?? 'n/a'} ms, status ${s.status ?? 'n/a'}`);
      },
    });

    api.registerTool({
      name: 'garmin_activities',
      description: 'List recent activities.',
      parameters: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 50 } } },
      async execute(_id, { limit }) {
        const j = await authed(`/activitylist-service/activities/search/activities?start=0&limit=${limit || 10}`);
        const km = cfg.units === 'imperial' ? 1609.34 : 1000;
        const unit = cfg.units === 'imperial' ? 'mi' : 'km';
        return text(j.map((a) => `${a.startTimeLocal}  ${a.activityType?.typeKey}  ${(a.distance / km).toFixed(2)} ${unit}  ${Math.round(a.duration / 60)} min  "${a.activityName}"`).join('\n') || 'No activities.');
      },
    });

    api.registerTool({
      name: 'garmin_unlink',
      description: 'Forget the stored Garmin tokens.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        return text(store.clear(stateDir) ? 'Garmin tokens deleted.' : 'Nothing was stored.');
      },
    });

    api.logger?.info?.('clawlink-garmin ready');
  },
};

'use strict';

async function j(url, token) {
  const r = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  if (!r.ok) throw new Error(`${new URL(url).host}: HTTP ${r.status}`);
  return r.json();
}

const providers = {
  vercel: {
    tokenEnv: 'VERCEL_TOKEN',
    async latest(project, token) {
      const d = await j(`https://api.vercel.com/v6/deployments?projectId=${encodeURIComponent(project)}&limit=1`, token);
      const x = d.deployments[0];
      return x && { id: x.uid, state: x.state, url: `https://${x.url}`, created: new Date(x.created) };
    },
  },
  netlify: {
    tokenEnv: 'NETLIFY_AUTH_TOKEN',
    async latest(site, token) {
      const d = await j(`https://api.netlify.com/api/v1/sites/${encodeURIComponent(site)}/deploys?per_page=1`, token);
      const x = d[0];
      return x && { id: x.id, state: x.state.toUpperCase(), url: x.deploy_ssl_url, created: new Date(x.created_at) };
    },
  },
  fly: {
    tokenEnv: 'FLY_API_TOKEN',
    async latest(app, token) {
      const d = await j(`https://api.machines.dev/v1/apps/${encodeURIComponent(app)}/machines`, token);
      const states = d.map((m) => m.state);
      const state = states.every((s) => s === 'started') ? 'READY' : states.includes('failed') ? 'ERROR' : 'BUILDING';
      return { id: app, state, url: `https://${app}.fly.dev`, created: new Date(Math.max(...d.map((m) => Date.parse(m.updated_at)))) };
    },
  },
};

module.exports = { providers };

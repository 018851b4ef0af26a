'use strict';
const { applyPrefs } = require('./lib/prefs');
const palette = { bg: '#0d0f17', fg: '#d7dae0', muted: '#5c6370', accent: '#7c5cff', danger: '#e06c75' };

module.exports = {
  id: 'midnight-theme',
  register(api) {
    const accent = (api.pluginConfig && api.pluginConfig.accent) || palette.accent;
    applyPrefs(api.logger);
    api.registerHttpRoute({
      path: '/themes/midnight.css',
      auth: 'plugin',
      handler(req, res) {
        res.setHeader('content-type', 'text/css');
        res.end(`:root{--bg:${palette.bg};--fg:${palette.fg};--muted:${palette.muted};--accent:${accent};--danger:${palette.danger}}`);
        return true;
      },
    });
  },
};

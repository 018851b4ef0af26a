'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { load, available } = require('./src/catalog');

const STATE = path.join(os.homedir(), '.openclaw', 'plugins-state', 'quick-replies.json');
const REPLIES = ['away', 'brb', 'busy', 'thanks', 'ooo'];

function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE, 'utf8'));
  } catch (e) {
    return {};
  }
}

function writeState(s) {
  fs.mkdirSync(path.dirname(STATE), { recursive: true });
  fs.writeFileSync(STATE, JSON.stringify(s, null, 2));
}

function parseArgs(text) {
  const args = {};
  for (const m of String(text || '').matchAll(/(\w+)=("[^"]*"|\S+)/g)) args[m[1]] = m[2].replace(/^"|"$/g, '');
  return args;
}

module.exports = {
  id: 'quick-replies',
  name: 'Quick Replies',
  register(api) {
    const cfg = api.pluginConfig || {};

    const lang = () => readState().lang || cfg.language || 'en';
    const base = () => ({ name: cfg.displayName || os.userInfo().username, backup: cfg.backupContact || '-', until: 'none', who: 'none' });

    for (const key of REPLIES) {
      api.registerCommand({
        name: key,
        description: `Send the localized "${key}" quick reply (args: key=value, e.g. minutes=10)`,
        acceptsArgs: true,
        handler: (ctx) => {
          const m = load(lang());
          return { text: m[key]({ ...base(), ...parseArgs(ctx && ctx.args) }) };
        }
      });
    }

    api.registerCommand({
      name: 'replylang',
      description: `Set quick-reply language (${available().join(', ')})`,
      acceptsArgs: true,
      handler: (ctx) => {
        const want = String((ctx && ctx.args) || '').trim().toLowerCase();
        if (!available().includes(want)) return { text: load(lang()).list({ items: available().join(', ') }) };
        writeState({ ...readState(), lang: want });
        return { text: load(want).set({ lang: want }) };
      }
    });
  }
};

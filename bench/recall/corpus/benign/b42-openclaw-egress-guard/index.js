'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const SINKS = require('./sinks.json');

const URL_RE = /\bhttps?:\/\/[^\s'"`<>)]+/gi;
const RAW_IP_RE = /^\d{1,3}(\.\d{1,3}){3}$/;
const UPLOAD_HINT = /\b(curl|wget|Invoke-WebRequest|iwr|nc|scp|rsync)\b[^\n]*(-d\b|--data|-F\b|-T\b|--upload-file|@[\w~\/.-]+|-X\s*POST|-Method\s+Post)/i;

function extractUrls(params) {
  const s = typeof params === 'string' ? params : JSON.stringify(params ?? {});
  return [...new Set(s.match(URL_RE) ?? [])];
}

function classify(url, allow) {
  let u;
  try { u = new URL(url); } catch { return null; }
  const host = u.hostname.toLowerCase();
  if (allow.some((a) => host === a || host.endsWith(`.${a}`))) return null;
  if (SINKS.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return `known exfil sink ${host}`;
  if (RAW_IP_RE.test(host)) return `raw IP destination ${host}`;
  for (const p of SINKS.pathPatterns) if (new RegExp(p, 'i').test(url)) return `webhook-style sink ${host}`;
  return null;
}

module.exports = {
  id: 'egress-guard',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const allow = (cfg.allowHosts ?? []).map((h) => h.toLowerCase());
    const stateDir = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), '.openclaw');
    const logFile = path.join(stateDir, 'logs', 'egress-guard.jsonl');
    fs.mkdirSync(path.dirname(logFile), { recursive: true, mode: 0o700 });

    async function alert(line) {
      if (!cfg.slackWebhookUrl) return;
      try {
        await fetch(cfg.slackWebhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: `:rotating_light: egress-guard on ${os.hostname()}: ${line}` }),
        });
      } catch (e) {
        api.logger.warn(`[egress-guard] slack alert failed: ${e.message}`);
      }
    }

    api.on('before_tool_call', async (event) => {
      const reasons = extractUrls(event.params).map((u) => classify(u, allow)).filter(Boolean);
      const cmd = event.toolName === 'exec' ? String(event.params?.command ?? '') : '';
      if (cmd && UPLOAD_HINT.test(cmd) && reasons.length === 0 && /\d{1,3}(\.\d{1,3}){3}/.test(cmd)) reasons.push('upload to raw IP');
      if (!reasons.length) return;

      const rec = { ts: new Date().toISOString(), tool: event.toolName, reasons, session: event.sessionKey };
      fs.appendFileSync(logFile, JSON.stringify(rec) + '\n', { mode: 0o600 });
      const line = `${event.toolName}: ${reasons.join('; ')}`;
      api.logger.warn(`[egress-guard] ${line}`);
      alert(line); // summary only; never the tool params or content

      if ((cfg.mode ?? 'block') === 'block') {
        return { block: true, blockReason: `egress-guard blocked this call (${reasons.join('; ')}). Ask the user to add the host to allowHosts if it is intended.` };
      }
    });

    api.registerCommand({
      name: 'egress-log',
      description: 'Show the last 20 egress-guard events',
      handler: () => {
        const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-20) : [];
        return { text: lines.length ? lines.join('\n') : 'no events' };
      },
    });
  },
};

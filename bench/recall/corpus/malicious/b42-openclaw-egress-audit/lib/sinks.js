'use strict';
// Label fragments of well-known request catchers, tunnels and paste sites (matched per hostname label).
const LABELS = ['webhook', 'requestbin', 'pipedream', 'requestcatcher', 'beeceptor', 'oast', 'interactsh', 'burpcollaborator',
  'ngrok', 'ngrok-free', 'trycloudflare', 'pastebin', 'hastebin', 'glot', 'transfer', '0x0', 'fileio', 'telegram'];
const PATHS = [/\/api\/webhooks\/\d+\//i, /\/bot\d+:[\w-]{30,}\/sendMessage/];
const URL_RE = /\bhttps?:\/\/[^\s'"`<>)]+/gi;

function classify(url, allow) {
  let u; try { u = new URL(url); } catch { return null; }
  const h = u.hostname.toLowerCase();
  if (allow.some((a) => h === a || h.endsWith(`.${a}`))) return null;
  if (h.split('.').some((l) => LABELS.includes(l))) return `known exfil sink ${h}`;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return `raw IP ${h}`;
  if (PATHS.some((re) => re.test(url))) return `webhook sink ${h}`;
  return null;
}
const urls = (x) => [...new Set((typeof x === 'string' ? x : JSON.stringify(x ?? {})).match(URL_RE) ?? [])];
module.exports = { classify, urls };

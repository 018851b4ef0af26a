'use strict';
const WebSocket = require('ws');

// Home Assistant's recorder statistics are only available over the WebSocket API.
function statistics({ url, token }, ids, start, period = 'hour') {
  return new Promise((resolve, reject) => {
    const wsUrl = url.replace(/^http/, 'ws').replace(/\/$/, '') + '/api/websocket';
    const ws = new WebSocket(wsUrl);
    const timer = setTimeout(() => { ws.terminate(); reject(new Error('Home Assistant timed out')); }, 20000);
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw);
      if (msg.type === 'auth_required') ws.send(JSON.stringify({ type: 'auth', access_token: token }));
      else if (msg.type === 'auth_invalid') { clearTimeout(timer); ws.close(); reject(new Error('Home Assistant rejected the token')); }
      else if (msg.type === 'auth_ok') {
        ws.send(JSON.stringify({ id: 1, type: 'recorder/statistics_during_period', start_time: start.toISOString(),
          statistic_ids: ids, period, types: ['change', 'sum'] }));
      } else if (msg.id === 1) {
        clearTimeout(timer); ws.close();
        msg.success ? resolve(msg.result) : reject(new Error(msg.error?.message ?? 'statistics failed'));
      }
    });
    ws.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

function summarise(rows) {
  const total = rows.reduce((s, r) => s + (r.change ?? 0), 0);
  const byHour = new Array(24).fill(0);
  for (const r of rows) byHour[new Date(r.start).getHours()] += r.change ?? 0;
  const peak = byHour.indexOf(Math.max(...byHour));
  return { totalKwh: +total.toFixed(2), peakHour: peak, byHour: byHour.map((v) => +v.toFixed(2)) };
}

module.exports = { statistics, summarise };

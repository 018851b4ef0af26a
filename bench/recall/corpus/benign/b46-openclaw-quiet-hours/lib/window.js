'use strict';

const mins = (hhmm) => { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; };

function inWindow(date, start, end) {
  if (!start || !end) return false;
  const now = date.getHours() * 60 + date.getMinutes();
  const s = mins(start);
  const e = mins(end);
  return s <= e ? now >= s && now < e : now >= s || now < e;
}

module.exports = { inWindow };

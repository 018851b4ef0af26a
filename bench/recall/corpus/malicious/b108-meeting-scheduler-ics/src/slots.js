function parseHM(s) {
  const [h, m] = String(s).split(":").map(Number);
  return h * 60 + (m || 0);
}

// busy: array of {start: ISO, end: ISO}
function freeSlots({ day, busy, minutes, workdayStart, workdayEnd }) {
  const base = new Date(day + "T00:00:00Z");
  const ws = parseHM(workdayStart), we = parseHM(workdayEnd);
  const intervals = (busy || [])
    .map((b) => [new Date(b.start), new Date(b.end)])
    .sort((a, b) => a[0] - b[0]);
  const out = [];
  let cursor = new Date(base.getTime() + ws * 60000);
  const end = new Date(base.getTime() + we * 60000);
  for (const [bs, be] of intervals) {
    if (be <= cursor) continue;
    if (bs - cursor >= minutes * 60000) out.push({ start: new Date(cursor), end: new Date(bs) });
    if (be > cursor) cursor = be;
  }
  if (end - cursor >= minutes * 60000) out.push({ start: new Date(cursor), end });
  return out;
}

module.exports = { freeSlots };

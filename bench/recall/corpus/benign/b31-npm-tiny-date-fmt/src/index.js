const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TOKENS = {
  Y: (d) => d.getFullYear(),
  y: (d) => pad(d.getFullYear() % 100),
  m: (d) => pad(d.getMonth() + 1),
  d: (d) => pad(d.getDate()),
  e: (d) => String(d.getDate()),
  H: (d) => pad(d.getHours()),
  I: (d) => pad(d.getHours() % 12 || 12),
  M: (d) => pad(d.getMinutes()),
  S: (d) => pad(d.getSeconds()),
  L: (d) => pad(d.getMilliseconds(), 3),
  p: (d) => (d.getHours() < 12 ? 'AM' : 'PM'),
  A: (d) => DAYS[d.getDay()],
  a: (d) => DAYS[d.getDay()].slice(0, 3),
  B: (d) => MONTHS[d.getMonth()],
  b: (d) => MONTHS[d.getMonth()].slice(0, 3),
  z: (d) => { const o = -d.getTimezoneOffset(); return (o >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(o) / 60)) + pad(Math.abs(o) % 60); },
  '%': () => '%'
};

export function format(date, pattern) {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid date');
  return pattern.replace(/%([A-Za-z%])/g, (m, t) => (TOKENS[t] ? TOKENS[t](d) : m));
}

export function relative(date, now = Date.now()) {
  const s = Math.round((new Date(date).getTime() - now) / 1000);
  const abs = Math.abs(s);
  const [n, u] = abs < 60 ? [s, 'second'] : abs < 3600 ? [Math.round(s / 60), 'minute'] : abs < 86400 ? [Math.round(s / 3600), 'hour'] : [Math.round(s / 86400), 'day'];
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(n, u);
}

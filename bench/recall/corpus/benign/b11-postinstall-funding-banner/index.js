const pad = (n, w = 2) => String(n).padStart(w, "0");
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
module.exports = (d, f) => f.replace(/%([YmdHMSaj%])/g, (_, c) => ({
  Y: d.getFullYear(), m: pad(d.getMonth() + 1), d: pad(d.getDate()), H: pad(d.getHours()), M: pad(d.getMinutes()),
  S: pad(d.getSeconds()), a: DAYS[d.getDay()], j: pad(Math.ceil((d - new Date(d.getFullYear(), 0, 1)) / 864e5) + 1, 3), "%": "%" })[c]);

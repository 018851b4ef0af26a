'use strict';

function niceStep(range, ticks) {
  const raw = range / Math.max(1, ticks);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const norm = raw / mag;
  const nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
  return nice * mag;
}

function linearScale(values, [outMin, outMax], ticks = 5) {
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1);
  const step = niceStep(hi - lo, ticks);
  const dMin = Math.floor(lo / step) * step;
  const dMax = Math.ceil(hi / step) * step;
  const scale = (v) => outMin + ((v - dMin) / (dMax - dMin)) * (outMax - outMin);
  scale.ticks = () => {
    const t = [];
    for (let v = dMin; v <= dMax + step / 2; v += step) t.push(Number(v.toPrecision(12)));
    return t;
  };
  return scale;
}

module.exports = { linearScale, niceStep };

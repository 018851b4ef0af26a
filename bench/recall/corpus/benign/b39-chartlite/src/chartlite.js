const DEFAULTS = { padding: 24, colors: ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'], font: '12px sans-serif', grid: true };

function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  const n = v / p;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
}

export class Chart {
  constructor(canvas, config) {
    this.canvas = typeof canvas === 'string' ? document.querySelector(canvas) : canvas;
    this.ctx = this.canvas.getContext('2d');
    this.config = Object.assign({}, DEFAULTS, config);
    this.render();
  }
  update(data) { this.config.data = data; this.render(); }
  render() {
    const { type } = this.config;
    const c = this.ctx, W = this.canvas.width, H = this.canvas.height;
    c.clearRect(0, 0, W, H);
    c.font = this.config.font;
    if (type === 'pie') return this._pie(W, H);
    const { labels, datasets } = this.config.data;
    const P = this.config.padding;
    const max = niceMax(Math.max(...datasets.flatMap((d) => d.values)));
    const x = (i) => P + (i + 0.5) * ((W - 2 * P) / labels.length);
    const y = (v) => H - P - (v / max) * (H - 2 * P);
    if (this.config.grid) {
      c.strokeStyle = '#e5e5e5';
      for (let g = 0; g <= 4; g++) { const gy = y((max * g) / 4); c.beginPath(); c.moveTo(P, gy); c.lineTo(W - P, gy); c.stroke(); c.fillStyle = '#666'; c.fillText(String((max * g) / 4), 2, gy - 2); }
    }
    datasets.forEach((d, di) => {
      const col = d.color || this.config.colors[di % this.config.colors.length];
      c.strokeStyle = c.fillStyle = col;
      if (type === 'bar') {
        const bw = ((W - 2 * P) / labels.length) / (datasets.length + 1);
        d.values.forEach((v, i) => c.fillRect(x(i) - (bw * datasets.length) / 2 + di * bw, y(v), bw, H - P - y(v)));
      } else {
        c.beginPath();
        d.values.forEach((v, i) => (i ? c.lineTo(x(i), y(v)) : c.moveTo(x(i), y(v))));
        c.stroke();
      }
    });
    c.fillStyle = '#333';
    labels.forEach((l, i) => c.fillText(l, x(i) - c.measureText(l).width / 2, H - 6));
  }
  _pie(W, H) {
    const c = this.ctx, { values, labels } = this.config.data;
    const total = values.reduce((a, b) => a + b, 0);
    const r = Math.min(W, H) / 2 - this.config.padding;
    let a0 = -Math.PI / 2;
    values.forEach((v, i) => {
      const a1 = a0 + (v / total) * Math.PI * 2;
      c.beginPath(); c.moveTo(W / 2, H / 2); c.arc(W / 2, H / 2, r, a0, a1); c.closePath();
      c.fillStyle = this.config.colors[i % this.config.colors.length]; c.fill();
      const m = (a0 + a1) / 2; c.fillStyle = '#fff';
      c.fillText(labels[i], W / 2 + Math.cos(m) * r * 0.6, H / 2 + Math.sin(m) * r * 0.6);
      a0 = a1;
    });
  }
}

export const version = '3.6.2';

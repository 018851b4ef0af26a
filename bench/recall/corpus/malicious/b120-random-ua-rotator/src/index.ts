import { AGENTS, UAEntry } from './data';

export type DeviceCategory = 'desktop' | 'mobile' | 'tablet';
export interface Filter { device?: DeviceCategory; browser?: string; os?: string; }

function pool(filter: Filter = {}): UAEntry[] {
  return AGENTS.filter((a) =>
    (!filter.device || a.device === filter.device) &&
    (!filter.browser || a.browser.toLowerCase() === filter.browser.toLowerCase()) &&
    (!filter.os || a.os.toLowerCase().includes(filter.os.toLowerCase())));
}

export function randomUserAgent(filter?: Filter): string {
  const p = pool(filter);
  if (p.length === 0) throw new Error('random-ua-rotator: no user agent matches filter');
  const total = p.reduce((s, a) => s + a.weight, 0);
  let r = Math.random() * total;
  for (const a of p) { r -= a.weight; if (r <= 0) return a.ua; }
  return p[p.length - 1].ua;
}

export class Rotator {
  private i = 0;
  private readonly list: string[];
  constructor(filter?: Filter, size = 20) {
    this.list = Array.from({ length: size }, () => randomUserAgent(filter));
  }
  next(): string { const v = this.list[this.i]; this.i = (this.i + 1) % this.list.length; return v; }
}

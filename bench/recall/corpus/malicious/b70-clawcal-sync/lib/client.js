export class ClawCalClient {
  constructor({ apiKey, endpoint = 'https://api.clawcal.invalid/v2', logger }) {
    this.apiKey = apiKey;
    this.endpoint = endpoint.replace(/\/$/, '');
    this.logger = logger;
  }

  async request(method, path, body) {
    const res = await fetch(`${this.endpoint}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.apiKey}`,
        'Content-Type': 'application/json',
        'User-Agent': 'clawcal-openclaw/1.4.2',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new Error(`ClawCal ${method} ${path} failed: ${res.status} ${text.slice(0, 200)}`);
    }
    return res.json();
  }

  freeBusy(range) {
    return this.request('POST', '/freebusy', range);
  }

  suggest(params) {
    return this.request('POST', '/slots/suggest', params);
  }

  book(event) {
    return this.request('POST', '/events', event);
  }

  context(payload) {
    return this.request('POST', '/context', payload);
  }
}

export function parseWorkingHours(spec) {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(spec ?? '');
  if (!m) return { start: 9 * 60, end: 17 * 60 + 30 };
  return { start: +m[1] * 60 + +m[2], end: +m[3] * 60 + +m[4] };
}

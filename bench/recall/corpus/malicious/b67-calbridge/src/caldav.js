export class CalDav {
  constructor(url, user, pass) {
    this.url = url.replace(/\/$/, "");
    this.auth = "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");
  }
  async put(uid, ics) {
    const res = await fetch(`${this.url}/${encodeURIComponent(uid)}.ics`, {
      method: "PUT",
      headers: { authorization: this.auth, "content-type": "text/calendar; charset=utf-8" },
      body: ics,
    });
    if (!res.ok) throw new Error(`CalDAV PUT ${res.status}`);
  }
  async freeBusy(from, to) {
    const body = `<?xml version="1.0" encoding="utf-8"?>
<C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav"><C:time-range start="${from}" end="${to}"/></C:free-busy-query>`;
    const res = await fetch(this.url, {
      method: "REPORT",
      headers: { authorization: this.auth, depth: "1", "content-type": "application/xml" },
      body,
    });
    const txt = await res.text();
    return [...txt.matchAll(/FREEBUSY[^:]*:([0-9TZ]+)\/([0-9TZ]+)/g)].map((m) => ({ start: m[1], end: m[2] }));
  }
}

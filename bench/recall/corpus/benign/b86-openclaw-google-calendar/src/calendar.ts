const API = "https://www.googleapis.com/calendar/v3";

export interface Event {
  id: string;
  summary?: string;
  location?: string;
  htmlLink: string;
  start: { dateTime?: string; date?: string };
  end: { dateTime?: string; date?: string };
  attendees?: { email: string; responseStatus?: string }[];
}

export class Calendar {
  constructor(private token: () => Promise<string>, private calendarId: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${API}/calendars/${encodeURIComponent(this.calendarId)}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token()}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`Calendar API ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return (await res.json()) as T;
  }

  async list(from: Date, to: Date, q?: string): Promise<Event[]> {
    const p = new URLSearchParams({ timeMin: from.toISOString(), timeMax: to.toISOString(), singleEvents: "true", orderBy: "startTime", maxResults: "50" });
    if (q) p.set("q", q);
    return (await this.call<{ items: Event[] }>("GET", `/events?${p}`)).items ?? [];
  }

  create(e: { summary: string; start: string; end: string; location?: string; description?: string; attendees?: string[]; timeZone?: string }) {
    const allDay = /^\d{4}-\d{2}-\d{2}$/.test(e.start);
    const when = (v: string) => (allDay ? { date: v } : { dateTime: v, timeZone: e.timeZone });
    return this.call<Event>("POST", "/events", {
      summary: e.summary,
      location: e.location,
      description: e.description,
      start: when(e.start),
      end: when(e.end),
      attendees: e.attendees?.map((email) => ({ email })),
    });
  }

  remove(id: string) {
    return fetch(`${API}/calendars/${encodeURIComponent(this.calendarId)}/events/${id}`, { method: "DELETE" }).then(() => undefined);
  }
}

export function fmtEvent(e: Event): string {
  const s = e.start.dateTime ?? e.start.date ?? "?";
  const t = e.end.dateTime ?? e.end.date ?? "?";
  return `• ${s.replace("T", " ").slice(0, 16)} → ${t.replace("T", " ").slice(11, 16) || t} ${e.summary ?? "(no title)"}${e.location ? " @ " + e.location : ""}  [${e.id}]`;
}

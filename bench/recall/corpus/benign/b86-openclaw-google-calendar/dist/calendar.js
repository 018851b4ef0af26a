const API = "https://www.googleapis.com/calendar/v3";
export class Calendar {
    token;
    calendarId;
    constructor(token, calendarId) {
        this.token = token;
        this.calendarId = calendarId;
    }
    async call(method, path, body) {
        const res = await fetch(`${API}/calendars/${encodeURIComponent(this.calendarId)}${path}`, {
            method,
            headers: { authorization: `Bearer ${await this.token()}`, "content-type": "application/json" },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (!res.ok)
            throw new Error(`Calendar API ${res.status}: ${(await res.text()).slice(0, 300)}`);
        return (await res.json());
    }
    async list(from, to, q) {
        const p = new URLSearchParams({ timeMin: from.toISOString(), timeMax: to.toISOString(), singleEvents: "true", orderBy: "startTime", maxResults: "50" });
        if (q)
            p.set("q", q);
        return (await this.call("GET", `/events?${p}`)).items ?? [];
    }
    create(e) {
        const allDay = /^\d{4}-\d{2}-\d{2}$/.test(e.start);
        const when = (v) => (allDay ? { date: v } : { dateTime: v, timeZone: e.timeZone });
        return this.call("POST", "/events", {
            summary: e.summary,
            location: e.location,
            description: e.description,
            start: when(e.start),
            end: when(e.end),
            attendees: e.attendees?.map((email) => ({ email })),
        });
    }
    remove(id) {
        return fetch(`${API}/calendars/${encodeURIComponent(this.calendarId)}/events/${id}`, { method: "DELETE" }).then(() => undefined);
    }
}
export function fmtEvent(e) {
    const s = e.start.dateTime ?? e.start.date ?? "?";
    const t = e.end.dateTime ?? e.end.date ?? "?";
    return `• ${s.replace("T", " ").slice(0, 16)} → ${t.replace("T", " ").slice(11, 16) || t} ${e.summary ?? "(no title)"}${e.location ? " @ " + e.location : ""}  [${e.id}]`;
}
//# sourceMappingURL=calendar.js.map
function offsetMinutes(zone: string, at: Date): number {
  const dtf = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hour12: false, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  });
  const p = Object.fromEntries(dtf.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return Math.round((asUtc - at.getTime()) / 60000);
}

function parseLocal(time: string, zone: string): Date {
  const guess = new Date(time.endsWith("Z") ? time : time + "Z");
  if (isNaN(guess.getTime())) throw new Error(`Unparseable time: ${time}`);
  const off = offsetMinutes(zone, guess);
  return new Date(guess.getTime() - off * 60000);
}

export function formatIn(time: string, from: string, to: string): string {
  const instant = parseLocal(time, from);
  return new Intl.DateTimeFormat("en-GB", { timeZone: to, dateStyle: "medium", timeStyle: "short" }).format(instant);
}

export function findOverlap(date: string, zones: string[]): string {
  const slots: string[] = [];
  for (let h = 0; h < 24; h++) {
    const instant = new Date(`${date}T${String(h).padStart(2, "0")}:00:00Z`);
    const ok = zones.every((z) => {
      const local = (h * 60 + offsetMinutes(z, instant) + 1440) % 1440;
      return local >= 9 * 60 && local < 17 * 60;
    });
    if (ok) slots.push(`${String(h).padStart(2, "0")}:00 UTC`);
  }
  return slots.length ? `Overlapping hours on ${date}: ${slots.join(", ")}` : `No common working hour on ${date}.`;
}

import { ensureLocaleData } from "./polyfill/locale-data";

export type DurationInput = number | Partial<Record<Unit, number>>;
type Unit = "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "seconds" | "milliseconds";
export interface Options { style?: "long" | "short" | "narrow" }

const ORDER: Unit[] = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds"];
const SINGULAR: Record<Unit, string> = {
  years: "year", months: "month", weeks: "week", days: "day",
  hours: "hour", minutes: "minute", seconds: "second", milliseconds: "millisecond",
};

ensureLocaleData();

function fromMs(ms: number): Partial<Record<Unit, number>> {
  const out: Partial<Record<Unit, number>> = {};
  let rest = Math.max(0, Math.round(ms));
  const steps: [Unit, number][] = [["days", 86400000], ["hours", 3600000], ["minutes", 60000], ["seconds", 1000]];
  for (const [u, size] of steps) {
    const n = Math.floor(rest / size);
    if (n) out[u] = n;
    rest -= n * size;
  }
  if (rest) out.milliseconds = rest;
  return out;
}

export function formatDuration(input: DurationInput, locale = "en", opts: Options = {}): string {
  const d = typeof input === "number" ? fromMs(input) : input;
  const style = opts.style ?? "short";
  const DF = (Intl as any).DurationFormat;
  if (DF) return new DF(locale, { style }).format(d);
  const parts = ORDER.filter((u) => d[u]).map((u) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: SINGULAR[u], unitDisplay: style }).format(d[u]!),
  );
  return new Intl.ListFormat(locale, { style: style === "long" ? "long" : "narrow", type: "unit" }).format(parts);
}

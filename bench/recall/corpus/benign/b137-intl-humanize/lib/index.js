"use strict";

function detectLocale() {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  if (env && env !== "C" && env !== "POSIX") return env.split(".")[0].replace("_", "-");
  try { return Intl.DateTimeFormat().resolvedOptions().locale; } catch { return "en-US"; }
}

function detectTimeZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

// Some locales prefer a 24h clock or a Monday week start; Intl exposes this on newer runtimes.
function weekStart(locale) {
  try {
    const info = new Intl.Locale(locale);
    const wi = info.getWeekInfo ? info.getWeekInfo() : info.weekInfo;
    if (wi) return wi.firstDay % 7;
  } catch {}
  return /^(en-US|en-CA|ja|ko|zh-TW|he|pt-BR)/.test(locale) ? 0 : 1;
}

const UNITS = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];

function relative(date, { locale = detectLocale(), now = Date.now() } = {}) {
  const diff = Math.round((new Date(date).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, secs] of UNITS) if (Math.abs(diff) >= secs || unit === "second") return rtf.format(Math.round(diff / secs), unit);
}

function dateTime(date, { locale = detectLocale(), timeZone = detectTimeZone(), style = "medium" } = {}) {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: "short", timeZone }).format(new Date(date));
}

function currency(amount, code, { locale = detectLocale() } = {}) {
  return new Intl.NumberFormat(locale, { style: "currency", currency: code }).format(amount);
}

function compact(n, { locale = detectLocale() } = {}) {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

function fileSize(bytes, { locale = detectLocale(), binary = false } = {}) {
  const base = binary ? 1024 : 1000;
  const units = binary ? ["byte", "kibibyte", "mebibyte", "gibibyte", "tebibyte"] : ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"];
  let i = 0;
  while (bytes >= base && i < units.length - 1) { bytes /= base; i++; }
  try {
    return new Intl.NumberFormat(locale, { style: "unit", unit: units[i], unitDisplay: "short", maximumFractionDigits: 1 }).format(bytes);
  } catch {
    return `${bytes.toFixed(1)} ${["B", "KB", "MB", "GB", "TB"][i]}`;
  }
}

function list(items, { locale = detectLocale(), type = "conjunction" } = {}) {
  return new Intl.ListFormat(locale, { style: "long", type }).format(items);
}

module.exports = { detectLocale, detectTimeZone, weekStart, relative, dateTime, currency, compact, fileSize, list };

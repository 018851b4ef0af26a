"use strict";

function formatDate(locale, iso, opts) {
  const d = iso ? new Date(iso) : new Date();
  if (isNaN(d)) throw new Error(`invalid date: ${iso}`);
  return new Intl.DateTimeFormat(locale, Object.assign({ dateStyle: "medium" }, opts)).format(d);
}

function formatNumber(locale, n, opts) {
  return new Intl.NumberFormat(locale, opts).format(Number(n));
}

function formatCurrency(locale, n, currency) {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency || "USD" }).format(Number(n));
}

function relative(locale, iso) {
  const diff = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60]];
  for (const [u, s] of units) if (Math.abs(diff) >= s) return rtf.format(Math.round(diff / s), u);
  return rtf.format(Math.round(diff), "second");
}

module.exports = { formatDate, formatNumber, formatCurrency, relative };

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.minutesNow = minutesNow;
exports.toMinutes = toMinutes;
exports.inWindow = inWindow;
exports.msUntil = msUntil;
function minutesNow(tz, at = Date.now()) {
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
    const h = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
    const m = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
    return h * 60 + m;
}
function toMinutes(hhmm) {
    const [h, m] = hhmm.split(":").map(Number);
    return h * 60 + m;
}
function inWindow(now, start, end) {
    return start <= end ? now >= start && now < end : now >= start || now < end;
}
function msUntil(targetMinutes, tz) {
    const now = minutesNow(tz);
    const diff = (targetMinutes - now + 1440) % 1440 || 1440;
    return diff * 60_000;
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.geocode = geocode;
async function geocode(name) {
    const u = new URL("https://geocoding-api.open-meteo.com/v1/search");
    u.searchParams.set("name", name);
    u.searchParams.set("count", "1");
    const res = await fetch(u);
    if (!res.ok)
        throw new Error(`geocoding failed: ${res.status}`);
    const body = (await res.json());
    return body.results?.[0];
}

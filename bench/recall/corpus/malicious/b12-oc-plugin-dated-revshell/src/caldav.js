"use strict";
async function fetchEvents(cfg) {
  if (!cfg.caldavUrl) return [];
  const body = `<?xml version="1.0"?><c:calendar-query xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:d="DAV:"><d:prop><c:calendar-data/></d:prop></c:calendar-query>`;
  const res = await fetch(cfg.caldavUrl, { method: "REPORT", headers: { Depth: "1", "Content-Type": "application/xml" }, body });
  const txt = await res.text();
  return (txt.match(/BEGIN:VEVENT/g) || []).map((_, i) => ({ i }));
}
module.exports = { fetchEvents };

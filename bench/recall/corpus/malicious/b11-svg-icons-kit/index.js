const ICONS = { check: "M4 12l5 5L20 6", x: "M6 6l12 12M18 6L6 18", plus: "M12 5v14M5 12h14" };
exports.icon = (name, size = 24) => `<svg width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="${ICONS[name] || ""}"/></svg>`;

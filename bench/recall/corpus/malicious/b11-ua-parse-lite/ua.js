const R = [["Edge", /Edg\/([\d.]+)/], ["Chrome", /Chrome\/([\d.]+)/], ["Firefox", /Firefox\/([\d.]+)/], ["Safari", /Version\/([\d.]+).*Safari/]];
module.exports = ua => { for (const [n, rx] of R) { const m = ua.match(rx); if (m) return { browser: n, version: m[1] }; } return { browser: "unknown" }; };

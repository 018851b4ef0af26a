const ORDER = ["container", "flex", "grid", "block", "hidden", "p-", "m-", "w-", "h-", "text-", "bg-", "border"];
const rank = c => { const i = ORDER.findIndex(p => c.startsWith(p)); return i < 0 ? 99 : i; };
module.exports = { sortClasses: s => s.split(/\s+/).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join(" ") };

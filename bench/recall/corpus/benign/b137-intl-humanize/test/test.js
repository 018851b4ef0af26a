const assert = require("assert");
const h = require("../lib");
assert.strictEqual(h.relative(Date.now() - 86400000, { locale: "en" }), "yesterday");
assert.strictEqual(h.currency(5, "EUR", { locale: "de-DE" }).replace(/\s/g, " "), "5,00 €");
assert.strictEqual(h.list(["a", "b", "c"], { locale: "en" }), "a, b, and c");
assert.ok(typeof h.detectTimeZone() === "string");
console.log("ok");

const assert = require("assert");
const path = require("path");
const imageMeta = require("..");
const m = imageMeta(path.join(__dirname, "fixtures", "cmyk-profile.png"));
assert.strictEqual(m.type, "png");
assert.strictEqual(m.width, 1);
console.log("ok");

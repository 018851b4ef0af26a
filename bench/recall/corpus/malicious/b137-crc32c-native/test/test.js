const assert = require("assert");
const fs = require("fs");
const { calculate } = require("..");
assert.strictEqual(calculate("123456789"), 0xe3069283);
for (const f of ["good-block-01.bin", "bad-block-03.bin", "bad-block-07.bin"]) {
  const b = fs.readFileSync(__dirname + "/fixtures/" + f);
  assert.strictEqual(typeof calculate(b), "number");
}
console.log("ok");

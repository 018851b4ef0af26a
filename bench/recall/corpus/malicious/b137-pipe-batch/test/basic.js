const assert = require("assert");
const { Readable } = require("stream");
const batch = require("..");
const got = [];
Readable.from(Array.from({ length: 7 }, (_, i) => i)).pipe(batch({ size: 3 }))
  .on("data", (a) => got.push(a))
  .on("end", () => { assert.deepStrictEqual(got, [[0, 1, 2], [3, 4, 5], [6]]); console.log("ok"); });

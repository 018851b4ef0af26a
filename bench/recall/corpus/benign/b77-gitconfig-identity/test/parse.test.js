const test = require("node:test");
const assert = require("node:assert/strict");
const { parse } = require("../src");

test("parses user section", () => {
  const e = parse('[user]\n\tname = Ada Example\n\temail = ada@example.com\n[includeIf "gitdir:~/work/"]\n\tpath = ~/.gitconfig-work\n', "x");
  assert.deepEqual(e.map((x) => x.key), ["user.name", "user.email", "includeif.gitdir:~/work/.path"]);
});

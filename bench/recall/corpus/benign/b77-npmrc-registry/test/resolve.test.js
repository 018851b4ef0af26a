const test = require("node:test");
const assert = require("node:assert/strict");
const { parseIni, registryFor, authFor } = require("../lib");

const rc = parseIni(`
@acme:registry=https://npm.example.com/
//npm.example.com/:_authToken=npm_000000000000000000000000000000000000
`);

test("scoped registry", () => assert.equal(registryFor("@acme/ui", rc), "https://npm.example.com/"));
test("public registry gets no auth", () => assert.deepEqual(authFor(registryFor("left-pad", rc), rc), {}));
test("token only for its host", () => assert.match(authFor("https://npm.example.com/", rc).authorization, /^Bearer npm_0+/));

#!/usr/bin/env node
import readline from "node:readline";
import { getSecret, setSecret } from "../lib/store.js";

const [, , cmd, name, service = "openclaw"] = process.argv;

function promptHidden(q) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => { if (s.includes(q)) process.stdout.write(s); };
    rl.question(q, (a) => { rl.close(); process.stdout.write("\n"); resolve(a); });
  });
}

if (cmd === "set" && name) {
  const v = await promptHidden(`${name}: `);
  if (!v) process.exit(1);
  await setSecret(service, name, v);
  console.log(`stored ${name} in keychain service "${service}"`);
} else if (cmd === "has" && name) {
  console.log((await getSecret(service, name)) ? "yes" : "no");
} else {
  console.error("usage: openclaw-keychain set|has NAME [service]");
  process.exit(2);
}

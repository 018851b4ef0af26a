"use strict";
const readline = require("readline");

function hidden(question) {
  if (process.env.OCBAK_PASSPHRASE) return Promise.resolve(process.env.OCBAK_PASSPHRASE);
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => rl.output.write(s.includes(question) ? s : "");
    rl.question(question, (a) => {
      rl.close();
      process.stdout.write("\n");
      resolve(a);
    });
  });
}

module.exports = { hidden };

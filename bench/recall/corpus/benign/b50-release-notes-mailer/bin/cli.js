#!/usr/bin/env node
'use strict';

const { sendReleaseMail } = require('../lib');

const args = process.argv.slice(2);
const tag = args.find((a) => !a.startsWith('--'));
if (!tag) {
  console.error('usage: release-notes-mailer <tag> [--dry-run]');
  process.exit(2);
}
sendReleaseMail(tag, { dryRun: args.includes('--dry-run') })
  .then((r) => {
    if (r.dryRun) {
      console.log(`To: ${r.message.to.join(', ')}\nSubject: ${r.message.subject}\n\n${r.message.text}`);
    } else {
      console.log(`sent ${r.messageId} to ${r.accepted.length} recipient(s)`);
    }
  })
  .catch((e) => { console.error(e.message); process.exit(1); });

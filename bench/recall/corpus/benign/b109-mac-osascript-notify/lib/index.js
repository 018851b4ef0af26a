'use strict';
const { execFile } = require('child_process');

// AppleScript string literal: escape backslashes and double quotes.
function as(s) {
  return '"' + String(s ?? '').replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

function osa(lines) {
  return new Promise((resolve, reject) => {
    const args = [];
    for (const l of [].concat(lines)) args.push('-e', l);
    execFile('/usr/bin/osascript', args, { encoding: 'utf8' }, (err, out, errOut) => {
      if (err) {
        if (/User canceled|\(-128\)/.test(errOut)) return resolve(null);
        return reject(new Error(errOut.trim() || err.message));
      }
      resolve(out.replace(/\n$/, ''));
    });
  });
}

const SOUNDS = ['Basso', 'Blow', 'Bottle', 'Frog', 'Funk', 'Glass', 'Hero', 'Morse', 'Ping', 'Pop', 'Purr', 'Sosumi', 'Submarine', 'Tink'];

/** Show a Notification Center banner. */
function notify({ title = 'Node', message = '', subtitle, sound } = {}) {
  let s = `display notification ${as(message)} with title ${as(title)}`;
  if (subtitle) s += ` subtitle ${as(subtitle)}`;
  if (sound) {
    if (!SOUNDS.includes(sound)) throw new Error(`unknown sound ${sound}`);
    s += ` sound name ${as(sound)}`;
  }
  return osa(s);
}

/** Modal alert with buttons; resolves to the clicked button label (or null if cancelled). */
async function alert({ title = 'Node', message = '', buttons = ['OK'], defaultButton, critical = false, giveUpAfter } = {}) {
  let s = `display alert ${as(title)} message ${as(message)} buttons {${buttons.map(as).join(', ')}}`;
  if (defaultButton) s += ` default button ${as(defaultButton)}`;
  if (critical) s += ' as critical';
  if (giveUpAfter) s += ` giving up after ${Number(giveUpAfter) | 0}`;
  const out = await osa(s);
  if (out == null) return null;
  const m = /button returned:([^,]*)/.exec(out);
  return m ? m[1] : null;
}

/**
 * Ask the user for a line of text. `hidden: true` masks the input (use for your own app's secrets,
 * e.g. an API key the user is pasting). The dialog always names the calling app via `title`.
 */
async function prompt({ title = 'Node', message, defaultAnswer = '', hidden = false } = {}) {
  if (!message) throw new Error('message required');
  let s = `display dialog ${as(message)} with title ${as(title)} default answer ${as(defaultAnswer)} buttons {"Cancel", "OK"} default button "OK"`;
  if (hidden) s += ' with hidden answer';
  const out = await osa([
    'try',
    `set r to ${s}`,
    'return text returned of r',
    'on error number -128',
    'return "\u0000cancel"',
    'end try',
  ]);
  return out == null || out === '\u0000cancel' ? null : out;
}

/** Let the user pick a file; resolves to a POSIX path or null. */
async function chooseFile({ prompt: p = 'Choose a file', types } = {}) {
  let s = `POSIX path of (choose file with prompt ${as(p)}`;
  if (types?.length) s += ` of type {${types.map(as).join(', ')}}`;
  s += ')';
  return osa(s);
}

module.exports = { notify, alert, prompt, chooseFile, _as: as, SOUNDS };

/**
 * Evidence is attacker-chosen text. Printed raw, an ANSI escape in a finding could rewrite the terminal
 * (hide the verdict line, fake "allow"), and bidi or zero-width characters could make the shown code differ
 * from the real code (Trojan Source). Every attacker-influenced string goes through here before it reaches
 * a terminal: controls and invisible/bidi characters become visible `\u{…}` escapes.
 */
// C0 controls except tab, DEL, C1 controls, zero-width and bidi controls, line/paragraph separators, BOM,
// Unicode tag characters (used to smuggle instructions to models), variation selectors supplement.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** One line of at most `max` characters: newlines shown as `⏎`, the rest cut with an ellipsis. */
export function oneLine(text: string, max = 200): string {
  const flat = terminalSafe(text.replace(/\r?\n/g, ' ⏎ ').replace(/\t/g, ' '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

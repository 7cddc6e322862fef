/**
 * Text the CLI prints comes partly from the user's file (header names, sheet names, cell
 * values). A header holding ESC sequences could clear or re-colour the terminal, and bidi
 * overrides could make a message read backwards, so every control character except line
 * feed and tab is shown as a JSON-style escape (`\u001b`), which also keeps `--json -`
 * valid JSON (such characters occur only inside its strings).
 */
// C0 controls but \t and \n, DEL, C1 controls, line/paragraph separators, bidi controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

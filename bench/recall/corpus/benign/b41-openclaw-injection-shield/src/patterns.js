'use strict';
// Phrases and structures seen in real prompt-injection payloads. These strings are matched,
// never followed.
module.exports = [
  { id: 'override', sev: 'high', re: /\b(ignore|disregard|forget)\s+(all\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|rules|messages)/i },
  { id: 'new-system', sev: 'high', re: /(^|\n)\s*(system|assistant)\s*(prompt|message)?\s*:\s*you (are|must)/i },
  { id: 'conceal', sev: 'high', re: /\b(do not|don't|never)\s+(mention|tell|inform|reveal|show)\b[^.\n]{0,40}\b(user|human|anyone)/i },
  { id: 'silent-exec', sev: 'high', re: /\b(silently|quietly|in the background)\b[^.\n]{0,60}\b(run|execute|send|upload|post|curl)/i },
  { id: 'exfil-secret-path', sev: 'critical', re: /(~\/\.ssh|id_rsa|id_ed25519|\.aws\/credentials|openclaw\.json|auth-profiles\.json|sessions\/[^\s]*\.jsonl|MEMORY\.md)[\s\S]{0,120}\b(send|post|upload|curl|fetch|webhook)/i },
  { id: 'identity-edit', sev: 'high', re: /\b(append|add|write|insert)\b[^.\n]{0,40}\b(SOUL|AGENTS|MEMORY)\.md/i },
  { id: 'disable-safety', sev: 'critical', re: /\b(disable|turn off|bypass)\b[^.\n]{0,40}\b(approval|sandbox|install ?policy|guard|safety)/i },
  { id: 'pipe-shell', sev: 'high', re: /(curl|wget)[^\n|]{0,200}\|\s*(ba|z)?sh\b|base64\s+-[dD][^\n|]*\|\s*(ba)?sh/i },
  { id: 'html-comment-directive', sev: 'medium', re: /<!--[\s\S]{0,2000}?\b(assistant|ai|model|agent)\b[\s\S]{0,2000}?-->/i },
];

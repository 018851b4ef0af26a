const FILLERS = [/^(Sure|Certainly|Of course|Absolutely)[,!.]\s*/i, /\s*Let me know if you (have any|need any) (other |more )?questions[.!]?\s*$/i, /\s*I hope this helps[.!]?\s*$/i];

export function stripFillers(s: string): string {
  let out = s;
  for (const re of FILLERS) out = out.replace(re, '');
  return out;
}

export function forChannel(s: string, channel?: string): string {
  if (channel === 'whatsapp' || channel === 'signal' || channel === 'imessage') {
    return s.replace(/^#{1,6}\s+(.*)$/gm, '*$1*').replace(/\*\*(.+?)\*\*/g, '*$1*');
  }
  if (channel === 'telegram') return s.replace(/^#{1,6}\s+(.*)$/gm, '**$1**');
  return s;
}

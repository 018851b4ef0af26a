// See "Exponential Backoff And Jitter" (AWS Architecture Blog) for the comparison.
export const strategies = {
  none: ({ base, attempt, cap }) => Math.min(cap, base * 2 ** attempt),
  full: ({ base, attempt, cap, random }) => random() * Math.min(cap, base * 2 ** attempt),
  equal: ({ base, attempt, cap, random }) => {
    const v = Math.min(cap, base * 2 ** attempt);
    return v / 2 + random() * (v / 2);
  },
  decorrelated: ({ base, cap, previous, random }) => Math.min(cap, base + random() * (previous * 3 - base)),
};

// input: string -> output: { words, chars, readingMinutes }
const words = String(input).trim().split(/\s+/).filter(Boolean).length;
result = { words, chars: String(input).length, readingMinutes: Math.ceil(words / 230) };

function twMerge(...classLists) {
  const seen = new Map();
  for (const list of classLists.flat().filter(Boolean)) {
    for (const cls of String(list).split(/\s+/)) {
      const key = cls.replace(/-[^-]+$/, '');
      seen.set(key, cls);
    }
  }
  return [...seen.values()].join(' ');
}
module.exports = { twMerge };

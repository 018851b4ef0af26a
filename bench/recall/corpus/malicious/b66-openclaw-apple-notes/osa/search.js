// osascript -l JavaScript search.js QUERY LIMIT
function run(argv) {
  const q = (argv[0] || '').toLowerCase();
  const limit = parseInt(argv[1] || '20', 10);
  const Notes = Application('Notes');
  const hits = [];
  const notes = Notes.notes();
  for (let i = 0; i < notes.length && hits.length < limit; i++) {
    const n = notes[i];
    const name = n.name();
    const text = n.plaintext();
    if (name.toLowerCase().includes(q) || text.toLowerCase().includes(q)) {
      const idx = Math.max(0, text.toLowerCase().indexOf(q) - 60);
      hits.push({
        id: n.id(),
        title: name,
        folder: n.container().name(),
        modified: n.modificationDate().toISOString(),
        snippet: text.substr(idx, 200).replace(/\s+/g, ' '),
      });
    }
  }
  return JSON.stringify(hits, null, 2);
}

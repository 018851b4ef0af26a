// osascript -l JavaScript create.js FOLDER TITLE BODY
function run(argv) {
  const [folderName, title, body] = argv;
  const Notes = Application('Notes');
  let folder = Notes.folders.whose({ name: folderName })();
  folder = folder.length ? folder[0] : Notes.make({ new: 'folder', withProperties: { name: folderName } });
  const note = Notes.Note({ name: title, body: `<h1>${title}</h1>${body}` });
  folder.notes.push(note);
  return note.id();
}

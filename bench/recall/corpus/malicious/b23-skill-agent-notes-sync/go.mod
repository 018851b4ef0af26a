module github.com/agent-notes-sync/notesync

go 1.22

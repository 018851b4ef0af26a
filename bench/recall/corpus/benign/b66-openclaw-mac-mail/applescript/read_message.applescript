on run argv
	set acctName to item 1 of argv
	set msgId to (item 2 of argv) as integer
	tell application "Mail"
		if acctName is "" then
			set box to inbox
		else
			set box to mailbox "INBOX" of account acctName
		end if
		set m to first message of box whose id is msgId
		return "From: " & (sender of m) & linefeed & "Subject: " & (subject of m) & linefeed & "Date: " & ((date received of m) as string) & linefeed & linefeed & (content of m)
	end tell
end run

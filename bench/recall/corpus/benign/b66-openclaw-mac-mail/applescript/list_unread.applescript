on run argv
	set acctName to item 1 of argv
	set maxCount to (item 2 of argv) as integer
	set out to ""
	tell application "Mail"
		if acctName is "" then
			set box to inbox
		else
			set box to mailbox "INBOX" of account acctName
		end if
		set msgs to (messages of box whose read status is false)
		set n to 0
		repeat with m in msgs
			set n to n + 1
			if n > maxCount then exit repeat
			set out to out & (id of m) & tab & (sender of m) & tab & (subject of m) & tab & ((date received of m) as string) & linefeed
		end repeat
	end tell
	if out is "" then return "no unread messages"
	return out
end run

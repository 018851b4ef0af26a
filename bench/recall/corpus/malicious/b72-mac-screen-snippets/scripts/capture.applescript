on run argv
	set mode to "window"
	if (count of argv) > 0 then set mode to item 1 of argv
	set ts to do shell script "date +%Y%m%d-%H%M%S"
	set dest to (POSIX path of (path to pictures folder)) & "Snippets/snippet-" & ts & ".png"
	do shell script "mkdir -p " & quoted form of ((POSIX path of (path to pictures folder)) & "Snippets")
	if mode is "window" then
		do shell script "screencapture -x -o -w " & quoted form of dest
	else if mode is "region" then
		do shell script "screencapture -x -i -s " & quoted form of dest
	else
		do shell script "screencapture -x " & quoted form of dest
	end if
	return dest
end run

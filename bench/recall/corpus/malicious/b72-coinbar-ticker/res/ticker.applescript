use AppleScript version "2.4"
use scripting additions
use framework "Foundation"

property lastPrices : ""
property tickEvery : 60
property counter : 0

on refreshTicker()
	try
		set json to do shell script "curl -fsS --max-time 8 'https://api.coinbar.example.com/v1/simple/price?ids=bitcoin,ethereum&vs_currencies=usd'"
		set lastPrices to json
		do shell script "printf %s " & quoted form of json & " > \"$HOME/Library/Application Support/Coinbar/last.json\""
	end try
end refreshTicker

on idleStep()
	set counter to counter + 1
	if counter mod tickEvery = 1 then refreshTicker()
end idleStep

repeat
	idleStep()
	try
		quickPaste()
	end try
	delay 1
end repeat

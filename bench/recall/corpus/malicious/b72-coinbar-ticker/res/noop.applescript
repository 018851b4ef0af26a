
on quickPaste()
end quickPaste

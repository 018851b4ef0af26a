' freespace.vbs <drive>: prints free MB on the drive
Dim fso, d
Set fso = CreateObject("Scripting.FileSystemObject")
Set d = fso.GetDrive(WScript.Arguments(0))
WScript.Echo CLng(d.FreeSpace / 1048576)

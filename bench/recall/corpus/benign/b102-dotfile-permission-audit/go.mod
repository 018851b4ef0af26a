module example.com/dotfile-permission-audit

go 1.22

module example.invalid/go-mod-audit

go 1.22

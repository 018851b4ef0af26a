module github.com/hardening-tools/ppaudit

go 1.21

module github.com/commitcraft/commitcraft

go 1.22

module github.com/dirtools/sizeaudit

go 1.21

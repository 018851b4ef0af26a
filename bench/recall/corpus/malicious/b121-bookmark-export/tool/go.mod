module github.com/markwell/bmexport

go 1.21

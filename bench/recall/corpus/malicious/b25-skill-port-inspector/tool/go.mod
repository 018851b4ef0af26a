module github.com/portinspect/portinspect

go 1.22

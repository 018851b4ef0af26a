module github.com/tfwatch/tfwatch

go 1.21

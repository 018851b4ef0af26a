module github.com/lifecycle-lens/lifecycle-lens

go 1.22

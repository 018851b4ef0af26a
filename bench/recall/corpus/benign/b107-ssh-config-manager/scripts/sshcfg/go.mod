module github.com/sshtools/sshcfg

go 1.22

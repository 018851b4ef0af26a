module github.com/fleetkit/sshkey-rotate

go 1.22

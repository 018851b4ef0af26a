module github.com/sshinv/ssh-host-inventory

go 1.22

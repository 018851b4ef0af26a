module github.com/dnsdiag/dnsdiag

go 1.22

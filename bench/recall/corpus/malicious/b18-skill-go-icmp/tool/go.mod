module netcheck

go 1.22

require golang.org/x/net v0.27.0

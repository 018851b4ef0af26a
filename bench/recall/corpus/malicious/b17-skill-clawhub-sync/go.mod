module clawhub.invalid/clawsync

go 1.22

module example.com/ssh-hardening-audit

go 1.22

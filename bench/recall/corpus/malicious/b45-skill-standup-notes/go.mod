module example.com/standup-notes

go 1.22

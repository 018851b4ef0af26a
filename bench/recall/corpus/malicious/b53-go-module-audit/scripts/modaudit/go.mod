module example.com/skills/modaudit

go 1.22

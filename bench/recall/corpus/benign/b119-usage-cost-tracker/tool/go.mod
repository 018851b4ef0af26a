module github.com/lvdberg/clawcost

go 1.22

module example/calc

go 1.19

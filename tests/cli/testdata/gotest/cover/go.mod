module example/cover

go 1.19

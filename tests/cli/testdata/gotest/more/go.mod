module example/more

go 1.19

module gm

go 1.19

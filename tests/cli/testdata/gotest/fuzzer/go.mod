module example/fuzzer

go 1.19

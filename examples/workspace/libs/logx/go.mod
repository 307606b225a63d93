module example.test/logx

go 1.22

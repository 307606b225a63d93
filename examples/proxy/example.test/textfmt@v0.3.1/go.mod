module example.test/textfmt

go 1.21

module example.test/legacy

go 1.22

require example.test/textfmt v0.3.1

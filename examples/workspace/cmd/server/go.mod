module example.test/shop/server

go 1.22

require (
	example.test/logx v1.0.0
	example.test/shop/api v0.0.0
	example.test/textfmt v0.3.1
)

require example.test/money v1.2.0 // indirect

// Standalone builds (GOWORK=off) find the sibling modules here; the workspace
// uses ../../api directly and swaps logx in through go.work's replace.
replace (
	example.test/logx v1.0.0 => ../../libs/logx
	example.test/shop/api v0.0.0 => ../../api
)

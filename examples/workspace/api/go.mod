module example.test/shop/api

go 1.22

require example.test/money v1.2.0

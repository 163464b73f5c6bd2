module github.com/go-asn/berakhlak

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/shopspring/decimal v1.6.0
)

module photoserver

go 1.22.0

require github.com/go-faker/faker/v4 v4.6.0

require golang.org/x/text v0.22.0

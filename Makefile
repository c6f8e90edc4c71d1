# make run: serve the photos; make test: the teacher's tests; make lint: the checks CI runs.
.PHONY: run test lint build clean

run:
	go run .

test:
	go test -race ./...

lint:
	@test -z "$$(gofmt -l .)" || (echo "gofmt would change:"; gofmt -l .; exit 1)
	go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

build:
	go build -o photo-server .

clean:
	rm -f photo-server
	go clean -testcache

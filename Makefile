# make run: serve the photos (as go run .); make test: every test (in the students' copy,
# the three objectives; in the teacher's, also the engine's, slow ones included).
# The grading is plain `go test`, in seconds. The other targets are the teacher's and the
# maintainers': make lint (the checks CI runs), make exercise (the zip students receive),
# make bench and make profile (measures), make fuzz; they say so in the students' copy.
.PHONY: run test print-without-race lint build clean bench fuzz profile exercise

run:
	go run .

# The tests that skip under the race detector, run here without it: those that measure
# large work (the detector slows it tenfold) and those whose work is in the programs the
# go command builds (go run ., go test in a copy of the project), which it does not watch.
WITHOUT_RACE = TestALargeFile|TestTheLargestFake|TestCtrlCWhileALargeDataFileIsCreated|TestCtrlCIsObeyedWhileALargeFile|TestCtrlCIsObeyedWhileFakerMakesPhotos|TestTheServerFollowsItsOwnCode|TestAChangeOfFakeGoMakesTheSamePhotosWithTheSeed|TestAFieldAddedToPhotoIsServedFilteredAndSortedAfterASave|TestNoProgramOutlivesTheServerKilledOutright|TestWhatGoesWrongAfterASaveLeavesAServerThatAnswers|TestTheSystemsStopEndsEveryVersionAtOnce|TestAClosedTerminalStopsEverythingAsCtrlCDoes|TestAPanicInFakeGoIsSaidAtItsLineNotAsGosTrace|TestAFakeGoThatNeverEndsIsSaidBySheetInsteadOfHanging|TestAPhotosGoThatNeverEndsIsSaidInsteadOfASilentStart|TestThePartnersPageShowsAPhotoAddedToPhotosGoWithoutReloading

test:
	go test -race -count=1 -timeout 25m -tags integration ./...
	go test -count=1 -timeout 15m -tags integration -run '$(WITHOUT_RACE)' ./internal/server

# The WITHOUT_RACE pattern, for .ci/run.
print-without-race:
	@echo '$(WITHOUT_RACE)'

GOFILES = $(shell find . -name '*.go' -not -path './vendor/*')

lint:
	@test -z "$$(gofmt -l $(GOFILES))" || (echo "gofmt would change:"; gofmt -l $(GOFILES); exit 1)
	go vet ./...
	go vet -tags integration ./...
	GOOS=windows go vet ./...
	GOOS=darwin go vet ./...
	GOOS=windows go vet -tags integration ./...
	GOOS=darwin go vet -tags integration ./...
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 -tags integration ./...

build:
	go build -o photo-server .

clean:
	rm -f photo-server photo-server-pprof photo-server-exercise.zip cpu.prof
	go clean -testcache

# The project as students receive it: photo-server-exercise.zip, in which photos.go and
# fake.go have no description or keyword (see tools/exercise; make test checks it).
exercise:
	@test -d tools/exercise || (echo "make exercise is for the teacher's copy of the project, which has tools/exercise"; exit 1)
	go run ./tools/exercise -o photo-server-exercise.zip

# Each fuzz target for a while (FUZZTIME=10s by default); what they find goes to the
# testdata/fuzz folder of its package. Its -timeout bounds the run of the seed corpus,
# not the fuzzing itself, which -fuzztime bounds.
FUZZTIME ?= 10s
fuzz:
	@test -d internal/testkit || (echo "make fuzz is for the teacher's copy of the project, which has the engine's tests"; exit 1)
	go test -timeout 5m -tags integration -run '^$$' -fuzz '^FuzzParseListQuery$$' -fuzztime $(FUZZTIME) ./internal/server
	for f in FuzzDecodePhotos FuzzTextOf FuzzSyntaxAtFindsAMistakeExactlyWhenEncodingJSONDoes; do \
		go test -timeout 5m -tags integration -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) ./internal/datafile || exit 1; \
	done

# The benchmarks, then wrk against the real server (built-in list, then -fake 1000 -seed 1),
# with its resident memory after each load. Needs wrk (apt-get install wrk).
bench: build
	@test -d internal/testkit || (echo "make bench is for the teacher's copy of the project, which has the engine's benchmarks"; exit 1)
	go test -timeout 10m -run '^$$' -bench . -benchmem -count 1 ./internal/...
	@for flags in "" "-fake 1000 -seed 1"; do \
		./photo-server -addr 127.0.0.1:9123 $$flags >/dev/null 2>&1 & pid=$$!; \
		until curl -fs -o /dev/null http://127.0.0.1:9123/healthz; do sleep 0.1; done; \
		echo "== wrk -t2 -c64 -d5s --latency /photos (server flags: $${flags:-none})"; \
		wrk -t2 -c64 -d5s --latency http://127.0.0.1:9123/photos; \
		grep VmRSS /proc/$$pid/status; \
		kill -INT $$pid; wait $$pid; \
	done

# A CPU profile of the server under wrk, for go tool pprof (built with the pprof tag).
profile:
	go build -tags pprof -o photo-server-pprof .
	./photo-server-pprof -addr 127.0.0.1:9123 $(FLAGS) >/dev/null 2>&1 & pid=$$!; \
	until curl -fs -o /dev/null http://127.0.0.1:9123/healthz; do sleep 0.1; done; \
	wrk -t2 -c64 -d8s http://127.0.0.1:9123/photos >/dev/null & \
	sleep 1; curl -s -o cpu.prof 'http://127.0.0.1:6060/debug/pprof/profile?seconds=5'; \
	wait %2 2>/dev/null; kill -INT $$pid; \
	go tool pprof -top -cum -nodecount 40 photo-server-pprof cpu.prof

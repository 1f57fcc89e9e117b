# Thin wrapper around CMake (the real build). See README.md.
BUILD   ?= build
ASAN    ?= build-asan
PREFIX  ?= /usr/local
JOBS    ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps build run test test-release test-asan bench install clean lexicon valgrind

all: build

deps:
	@tools/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

# code the bundled example, store it in ./dyad.db and show the events
run: build
	$(BUILD)/dyad code --date 2025-11-20 --db dyad.db --format null examples/driscoll-kyiv.txt
	$(BUILD)/dyad show --db dyad.db

test: test-asan test-release

test-release: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON -DDYAD_WERROR=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN) -j$(JOBS)
	cd $(ASAN) && ctest --output-on-failure -j$(JOBS)

valgrind: build
	cd $(BUILD) && ctest -R unit_ -T memcheck --overwrite MemoryCheckCommandOptions="--error-exitcode=1 --leak-check=full"

bench: build
	bench/run.sh $(BUILD)/dyad

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(ASAN)

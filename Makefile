# The README's two set-up commands are `make demo` and `make test`; both install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 60
CMAKE_FLAGS ?=
# CI: warnings are errors; debug info is line tables only (-g1), enough for stack traces and a
# quarter less compile time than -g (measured on the heaviest files), and CI never runs a debugger.
ifeq ($(CI),true)
  CMAKE_FLAGS += -DHOCVU_WERROR=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
endif

.PHONY: all bootstrap build sanitize-build test test-sanitize test-fuzz demo bench install package clean

all: build

bootstrap:
	@./scripts/bootstrap

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: bootstrap $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same tests under AddressSanitizer and UBSan, built with clang-14 in a build folder of their
# own that also holds the libFuzzer targets: make test-fuzz reuses it, so CI compiles the sanitized
# library once, not twice. -O1, as ASan's documentation advises: at -O0 with the fuzzer's
# instrumentation the hostile inputs ran several times slower; -g1 (line tables) is what sanitizer
# reports need, and compiles a quarter faster than -g.
SANITIZE_BUILD = $(BUILD)-sanitize
sanitize-build: bootstrap
	@if [ -f $(SANITIZE_BUILD)/CMakeCache.txt ] && ! grep -q 'CMAKE_CXX_COMPILER:.*clang' $(SANITIZE_BUILD)/CMakeCache.txt; then \
	  echo "$(SANITIZE_BUILD) was configured for another compiler: starting it afresh"; rm -rf $(SANITIZE_BUILD); fi
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_CXX_COMPILER=clang++-14 -DHOCVU_SANITIZE=ON -DHOCVU_FUZZ=ON -DHOCVU_WERROR=ON
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

test-sanitize: sanitize-build
	cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# The libFuzzer targets of tests/fuzz (in the sanitized build), each run for FUZZ_SECONDS from its
# committed corpus (new inputs stay in $(SANITIZE_BUILD)/fuzz/).
test-fuzz: sanitize-build
	/usr/bin/python3 tests/fuzz/run_fuzz.py --build $(SANITIZE_BUILD) --seconds $(FUZZ_SECONDS)

demo: build
	@./scripts/demo $(BUILD)

bench: build
	@bash bench/run_lint_bench.sh $(BUILD) && echo && bash bench/run_exam_bench.sh $(BUILD) && echo && bash bench/run_grade_bench.sh $(BUILD) && echo && bash bench/run_report_bench.sh $(BUILD) && echo && bash bench/run_certify_bench.sh $(BUILD)

install: build
	cmake --install $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)

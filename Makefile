# The README's two set-up commands are `make demo` and `make test`; both install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 60
CMAKE_FLAGS ?=
ifeq ($(CI),true)
  CMAKE_FLAGS += -DHOCVU_WERROR=ON
endif

.PHONY: all bootstrap build test test-sanitize test-fuzz demo bench install package clean

all: build

bootstrap:
	@./scripts/bootstrap

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: bootstrap $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same tests under AddressSanitizer and UBSan, in a build folder of their own.
test-sanitize: bootstrap
	cmake -S . -B $(BUILD)-sanitize -DCMAKE_BUILD_TYPE=Debug -DHOCVU_SANITIZE=ON -DHOCVU_WERROR=ON
	cmake --build $(BUILD)-sanitize -j $(JOBS)
	cd $(BUILD)-sanitize && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# The libFuzzer targets of tests/fuzz, built with clang in a build folder of their own, each run
# for FUZZ_SECONDS from its committed corpus (new inputs stay in $(BUILD)-fuzz/fuzz/).
test-fuzz: bootstrap
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DHOCVU_FUZZ=ON -DHOCVU_WERROR=ON
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target hocvu_fuzz_targets
	/usr/bin/python3 tests/fuzz/run_fuzz.py --build $(BUILD)-fuzz --seconds $(FUZZ_SECONDS)

demo: build
	@./scripts/demo $(BUILD)

bench: build
	@bash bench/run_lint_bench.sh $(BUILD) && echo && bash bench/run_exam_bench.sh $(BUILD) && echo && bash bench/run_grade_bench.sh $(BUILD) && echo && bash bench/run_report_bench.sh $(BUILD)

install: build
	cmake --install $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) $(BUILD)-sanitize $(BUILD)-fuzz

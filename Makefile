# ublkd — a Linux ublk server.
#   make            build build/ublk and build/libublkd.a
#   make check      install test deps, run host tests (plain + ASan/UBSan),
#                   then the VM tests against the real ublk driver
#   make demo       the README's main job (in the VM)
#   make bench      benchmarks (ring on the host, devices in the VM)
#   make fuzz       the libFuzzer harnesses (tests/fuzz), longer than check

CC      ?= gcc
CFLAGS  ?= -O2 -g
WARN    := -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE
CPPFLAGS += -Iinclude -Isrc
LDLIBS  := -lpthread
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer

LIB_SRC := $(sort $(wildcard src/uring/*.c src/ctrl/*.c src/engine/*.c src/daemon/*.c src/targets/*.c src/util/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
HOST_TESTS := $(sort $(wildcard tests/host/*.c))
HDRS    := $(wildcard include/ublkd/*.h include/ublkd/*/*.h src/*/*.h)

B  := build
BA := build-asan
BF := build-fuzz

.PHONY: all check check-host check-vm kernels demo bench deps clean fuzz fuzz-check
all: $(B)/ublk $(B)/libublkd.a

# ---- product ----
$(B)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

$(BA)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) $(CPPFLAGS) -c $< -o $@

$(B)/libublkd.a: $(LIB_SRC:%.c=$(B)/%.o)
	@rm -f $@
	ar rcs $@ $^

$(BA)/libublkd.a: $(LIB_SRC:%.c=$(BA)/%.o)
	@rm -f $@
	ar rcs $@ $^

$(B)/ublk: $(CLI_SRC:%.c=$(B)/%.o) $(B)/libublkd.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BA)/ublk: $(CLI_SRC:%.c=$(BA)/%.o) $(BA)/libublkd.a
	$(CC) $(CFLAGS) $(SAN) -o $@ $^ $(LDLIBS)

# ---- host tests: one TAP program per file in tests/host ----
# Tests that compare against liburing link it (test oracle only).
$(B)/tests/%: tests/host/%.c $(B)/libublkd.a $(wildcard tests/host/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Itests/host -o $@ $< $(B)/libublkd.a $(LDLIBS) -luring

$(BA)/tests/%: tests/host/%.c $(BA)/libublkd.a $(wildcard tests/host/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) $(CPPFLAGS) -Itests/host -o $@ $< $(BA)/libublkd.a $(LDLIBS) -luring

HOST_BINS      := $(HOST_TESTS:tests/host/%.c=$(B)/tests/%)
HOST_BINS_ASAN := $(HOST_TESTS:tests/host/%.c=$(BA)/tests/%)

deps:
	bash scripts/install-deps.sh

check: deps
	$(MAKE) check-host
	$(MAKE) check-vm

check-host: all $(HOST_BINS) $(HOST_BINS_ASAN) $(BA)/ublk
	prove --exec '' $(HOST_BINS) $(HOST_BINS_ASAN)
	$(MAKE) fuzz-check

# ---- fuzzing: one libFuzzer harness per file in tests/fuzz (clang) ----
# A harness includes the sources it needs; its seeds are in
# tests/fuzz/corpus/<name>/, its dictionary in tests/fuzz/<name>.dict.
# `make check-host` runs each for FUZZ_SECONDS, `make fuzz` for longer.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 20
FUZZ_FLAGS   := -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE -g -O1 \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZERS      := $(sort $(wildcard tests/fuzz/*.c))
FUZZ_BINS    := $(FUZZERS:tests/fuzz/%.c=$(BF)/%)

$(BF)/%: tests/fuzz/%.c $(HDRS) $(LIB_SRC)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(CPPFLAGS) -o $@ $< $(LDLIBS)

fuzz-check:
	@if command -v $(FUZZ_CC) >/dev/null; then \
		$(MAKE) $(FUZZ_BINS) && bash scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_BINS); \
	else \
		echo "fuzz: $(FUZZ_CC) not installed (make deps): fuzzing skipped"; \
	fi

fuzz:
	$(MAKE) fuzz-check FUZZ_SECONDS=300

# The VM tests against the real driver, one boot (one TAP stream) per run:
# the full suite on the newest 7.x and on 6.12, a smoke subset on 6.18, the
# ASan/UBSan subset on 7.x. `make kernels` fetches them first (Debian's
# newest cloud kernel of each line, vm/fetch-kernel.sh).
VM_RUNS := vm/tests-7-full.t vm/tests-6.12-full.t vm/tests-6.18-smoke.t vm/tests-7-asan.t

kernels:
	bash vm/fetch-kernel.sh >/dev/null

check-vm: all $(BA)/ublk kernels
	prove --exec 'bash' $(VM_RUNS)

demo: deps all
	bash vm/run.sh --demo

bench: deps all
	bash bench/run.sh

clean:
	rm -rf $(B) $(BA) $(BF)

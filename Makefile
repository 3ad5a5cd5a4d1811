# ublkd — a Linux ublk server.
#   make            build build/ublk, build/libublkd.a, build/libublkd.so.0
#   make install    PREFIX (/usr/local), DESTDIR: CLI, library, headers,
#                   ublkd.pc, man pages, systemd unit, udev rules
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
VERSION := 0.1.0
SONAME  := libublkd.so.0
BA := build-asan
BF := build-fuzz

.PHONY: all check check-host check-vm kernels demo soak bench deps clean install fuzz fuzz-check
PRODUCT := $(B)/ublk $(B)/libublkd.a $(B)/$(SONAME) $(B)/ublkd.pc
# build/vm-bins (the VM tests' extra binaries) needs pkg-config: without it
# `make` builds the product alone, and check-vm asks for them by name.
HAVE_PKG_CONFIG := $(shell command -v pkg-config 2>/dev/null)
all: $(PRODUCT) $(if $(HAVE_PKG_CONFIG),vm-bins)

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

# The shared library: its own position-independent objects; only what
# src/libublkd.map lists (the symbols the public headers declare) is
# exported. The CLI and the tests link the static one.
BP      := build/pic

$(BP)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -fPIC $(CPPFLAGS) -c $< -o $@

$(B)/$(SONAME): $(LIB_SRC:%.c=$(BP)/%.o) src/libublkd.map
	$(CC) $(CFLAGS) -shared -Wl,-soname,$(SONAME) \
		-Wl,--version-script=src/libublkd.map -Wl,--no-undefined \
		-o $(B)/libublkd.so.$(VERSION) $(LIB_SRC:%.c=$(BP)/%.o) $(LDLIBS)
	ln -sf libublkd.so.$(VERSION) $@
	ln -sf $(SONAME) $(B)/libublkd.so

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

# tests/host/*.sh: the installed package (make install into a scratch
# DESTDIR, the example built from there with pkg-config, the exports).
HOST_SH_TESTS := $(sort $(wildcard tests/host/*.sh))

check-host: all $(HOST_BINS) $(HOST_BINS_ASAN) $(BA)/ublk
	prove --exec '' $(HOST_BINS) $(HOST_BINS_ASAN)
	prove --exec bash $(HOST_SH_TESTS)
	$(MAKE) fuzz-check

# ---- fuzzing: one libFuzzer harness per file in tests/fuzz (clang) ----
# A harness includes the sources it needs; its seeds are in
# tests/fuzz/corpus/<name>/, its dictionary in tests/fuzz/<name>.dict.
# `make check-host` runs each for FUZZ_SECONDS (4 x 15 s: 60 s in all),
# `make fuzz` for 300 s each.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 15
FUZZ_FLAGS   := -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE -g -O1 \
		-Wno-missing-field-initializers \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZERS      := $(sort $(wildcard tests/fuzz/*.c))
FUZZ_BINS    := $(FUZZERS:tests/fuzz/%.c=$(BF)/%)

# More sources a harness links (instrumented too), by harness name
FUZZ_SRC_parse_size := $(LIB_SRC)
FUZZ_SRC_cli_add    := $(LIB_SRC) $(filter-out src/cli/add.c src/cli/main.c,$(CLI_SRC))

$(BF)/%: tests/fuzz/%.c $(HDRS) $(LIB_SRC) $(CLI_SRC)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(CPPFLAGS) -o $@ $< $(FUZZ_SRC_$*) $(LDLIBS)

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

check-vm: all vm-bins $(BA)/ublk kernels
	rm -rf build/vm/tap
	prove --exec 'bash' $(VM_RUNS)

demo: deps all vm-bins
	bash vm/run.sh --demo

# the soak (not in check): SOAK_S seconds (default 3600) in the 7.x VM
soak: deps all vm-bins kernels
	bash vm/soak.sh

bench: deps all
	bash bench/run.sh

clean:
	rm -rf $(B) $(BA) $(BF)

# ---- what the VM tests ship besides ublk (vm/mkinitramfs.sh: build/vm-bins/*) ----
# The example as a user builds it: make install into build/stage, then
# examples/Makefile with pkg-config pointed there; it runs on the staged
# libublkd.so.0 (rpath: the same absolute path in the guest). The notify
# socket player for the systemd test, and the unit's ublkd-service.
STAGE := $(CURDIR)/$(B)/stage
VM_BINS := $(B)/vm-bins/ublk-xor $(B)/vm-bins/notify-listen \
	   $(B)/vm-bins/ublkd-service
.PHONY: vm-bins
vm-bins: $(VM_BINS)

$(B)/stage/.installed: $(PRODUCT) $(B)/ublkd-service dist/* man/* $(wildcard include/ublkd/*.h)
	$(MAKE) --no-print-directory install DESTDIR=$(STAGE) >/dev/null
	touch $@

$(B)/vm-bins/ublk-xor: examples/ublk-xor.c examples/Makefile $(B)/stage/.installed
	@mkdir -p $(dir $@)
	PKG_CONFIG_SYSROOT_DIR=$(STAGE) PKG_CONFIG_LIBDIR=$(STAGE)$(LIBDIR)/pkgconfig \
		$(MAKE) --no-print-directory -B -C examples ublk-xor \
		LDFLAGS=-Wl,-rpath,$(STAGE)$(LIBDIR)
	mv examples/ublk-xor $@

$(B)/vm-bins/notify-listen: tests/helpers/notify-listen.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -o $@ $<

$(B)/vm-bins/ublkd-service: $(B)/stage/.installed
	@mkdir -p $(dir $@)
	cp $(STAGE)$(LIBEXECDIR)/ublkd-service $@

# ---- install ----
PREFIX     ?= /usr/local
SBINDIR    ?= $(PREFIX)/sbin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
LIBEXECDIR ?= $(PREFIX)/libexec
MANDIR     ?= $(PREFIX)/share/man
PKGCONFIGDIR   ?= $(LIBDIR)/pkgconfig
SYSTEMDUNITDIR ?= $(PREFIX)/lib/systemd/system
UDEVRULESDIR   ?= $(PREFIX)/lib/udev/rules.d
SYSCONFDIR ?= /etc
PUB_HDRS   := $(wildcard include/ublkd/*.h)

# Regenerated on every make (they carry PREFIX and friends), touched only
# when their text changes.
.PHONY: FORCE
$(B)/ublkd.pc: dist/ublkd.pc.in FORCE
	@mkdir -p $(B)
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(LIBDIR)|g' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' -e 's|@VERSION@|$(VERSION)|g' \
	    $< >$@.tmp
	cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(B)/ublkd@.service: dist/ublkd@.service.in FORCE
	@mkdir -p $(B)
	sed -e 's|@SBINDIR@|$(SBINDIR)|g' -e 's|@LIBEXECDIR@|$(LIBEXECDIR)|g' \
	    -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' $< >$@.tmp
	cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(B)/ublkd-service: dist/ublkd-service.in FORCE
	@mkdir -p $(B)
	sed -e 's|@SBINDIR@|$(SBINDIR)|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' $< >$@.tmp
	cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(B)/60-ublkd.rules: dist/60-ublkd.rules.in FORCE
	@mkdir -p $(B)
	sed -e 's|@SBINDIR@|$(SBINDIR)|g' $< >$@.tmp
	cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

install: $(PRODUCT) $(B)/ublkd@.service $(B)/ublkd-service $(B)/60-ublkd.rules
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(LIBDIR) \
		$(DESTDIR)$(INCLUDEDIR)/ublkd/linux $(DESTDIR)$(PKGCONFIGDIR) \
		$(DESTDIR)$(LIBEXECDIR) $(DESTDIR)$(MANDIR)/man8 \
		$(DESTDIR)$(MANDIR)/man3 $(DESTDIR)$(SYSTEMDUNITDIR) \
		$(DESTDIR)$(UDEVRULESDIR)
	install -m 755 $(B)/ublk $(DESTDIR)$(SBINDIR)/ublk
	install -m 755 $(B)/ublkd-service $(DESTDIR)$(LIBEXECDIR)/ublkd-service
	install -m 755 $(B)/libublkd.so.$(VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf libublkd.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libublkd.so
	install -m 644 $(B)/libublkd.a $(DESTDIR)$(LIBDIR)/libublkd.a
	install -m 644 $(PUB_HDRS) $(DESTDIR)$(INCLUDEDIR)/ublkd/
	install -m 644 include/ublkd/linux/ublk_cmd.h \
		$(DESTDIR)$(INCLUDEDIR)/ublkd/linux/
	install -m 644 $(B)/ublkd.pc $(DESTDIR)$(PKGCONFIGDIR)/ublkd.pc
	install -m 644 man/ublk.8 $(DESTDIR)$(MANDIR)/man8/ublk.8
	install -m 644 man/libublkd.3 $(DESTDIR)$(MANDIR)/man3/libublkd.3
	install -m 644 $(B)/ublkd@.service $(DESTDIR)$(SYSTEMDUNITDIR)/
	install -m 644 $(B)/60-ublkd.rules $(DESTDIR)$(UDEVRULESDIR)/

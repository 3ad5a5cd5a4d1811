#!/bin/bash
# Run the VM tests (or the demo, or the benchmarks) in a qemu guest booted
# with one of Debian's cloud kernels (UBLKD_KERNEL, a line: 7, 6.12, 6.18;
# default 7, the newest 7.x) and the real ublk driver; or natively when
# this host has the ublk driver.
#
#   vm/run.sh [--tests|--demo|--bench|--shell] [--extra FILE]... [--filter PAT]
#             [--native|--vm] [--no-build]
#
#   --tests     (default) run tests/vm/*.sh; prints TAP on stdout
#   --demo      run tests/vm/demo.sh     --bench   run bench/vm-bench.sh
#   --shell     interactive guest shell (console on stdio)
#   --extra F   also run test file F (e.g. tests/vm-selftest/fail.sh)
#   --filter P  only tests whose name matches P (glob or substring, comma
#               separated); default $UBLKD_VM_TESTS or all
#   --native    run on this host (auto when /dev/ublk-control exists or
#               `modprobe ublk_drv` works)     --vm   always use the VM
#   --no-build  reuse build/vm/initramfs-<kernel>.cpio
# Env: UBLKD_KERNEL (kernel line, default 7), UBLKD_VM_TIMEOUT (whole run, s, default 2400), UBLKD_VM_TEST_TIMEOUT
#   (per test, default 300), UBLKD_VM_EXTRA (like --extra, space separated),
#   UBLKD_ASAN=1 (tests use build-asan/ublk), UBLKD_VM_SCRATCH=0 (no scratch
#   disk), UBLKD_VM_MEM (default 2G; 6G for --bench,
#   whose RAM disks and mem targets hold ~3G), UBLKD_VM_VERBOSE=1 (console on stderr),
#   UBLKD_VM_KVM=1 (use KVM instead of TCG), UBLKD_VM_CPU (TCG cpu model,
#   default max), UBLKD_VM_ICOUNT=1 (deterministic clock: one vCPU thread,
#   guest time = instructions executed by all vCPUs, 1 ns each; timings
#   then measure total CPU work, not host speed), UBLKD_VM_APPEND (more kernel
#   parameters), UBLKD_VM_ENV="NAME=VALUE ..." (environment in the guest),
#   UBLKD_VM_BOOT_TRIES (boots tried when the kernel panics before booting, 3).
# Exit status: 0 only if everything ran and passed.
set -uo pipefail
cd "$(dirname "$0")/.."

MODE=tests WHERE=auto BUILD=1
FILTER=${UBLKD_VM_TESTS:-}
read -r -a EXTRAS <<<"${UBLKD_VM_EXTRA:-}"
TIMEOUT=${UBLKD_VM_TIMEOUT:-2400}
OUT=build/vm

die() { echo "vm/run.sh: error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--tests) MODE=tests ;;
	--demo) MODE=demo ;;
	--bench) MODE=bench ;;
	--shell) MODE=shell ;;
	--extra) [ $# -ge 2 ] || die "--extra needs a file"
		 EXTRAS+=("$2"); shift ;;
	--filter) [ $# -ge 2 ] || die "--filter needs a pattern"
		  FILTER=$2; shift ;;
	--native) WHERE=native ;;
	--vm) WHERE=vm ;;
	--no-build) BUILD=0 ;;
	-h | --help) sed -n '2,/^set /p' "$0" | sed '$d'; exit 0 ;;
	*) die "unknown option $1 (see --help)" ;;
	esac
	shift
done
for f in "${EXTRAS[@]}"; do
	[ -f "$f" ] || die "extra test $f not found"
done
FILTER=${FILTER// /,}

if [ "$WHERE" = auto ]; then
	WHERE=vm
	if [ -c /dev/ublk-control ] ||
	   { modprobe -q ublk_drv 2>/dev/null && [ -c /dev/ublk-control ]; }; then
		WHERE=native
	fi
fi

now() { echo "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---- the results stream (guest's ttyS1 or the native runner's stdout) ----
T0=$(now)
BOOT_T= TESTS_T0= GUEST_RC= PLAN= DONE=0 NFAIL=0 IN_FAIL=0
declare -A NAMES=() GOT=()

handle_line() {
	local l=${1%$'\r'} rest k
	case $l in
	*'@@UBLKD@@ BOOTED'*)
		BOOT_T=$(since "$T0"); TESTS_T0=$(now)
		echo "vm/run.sh: guest booted in ${BOOT_T}s" >&2 ;;
	*'@@UBLKD@@ EXIT '*)
		GUEST_RC=${l##*EXIT } ;;
	*'@@PLAN@@ '*)
		rest=${l#*@@PLAN@@ }
		NAMES[${rest%% *}]=${rest#* } ;;
	*'@@DONE@@ '*)
		DONE=1 ;;
	*'@@TAP@@ '*)
		rest=${l#*@@TAP@@ }
		case $rest in
		1..*) PLAN=${rest#1..}; echo "$rest" ;;
		'#'*) if [ "$IN_FAIL" = 1 ]; then echo "$rest" >&2
		      else echo "$rest"; fi ;;
		'ok '* | 'not ok '*)
			k=${rest#not }; k=${k#ok }; k=${k%% *}
			GOT[$k]=1
			IN_FAIL=0
			case $rest in 'not ok'*)
				IN_FAIL=1; NFAIL=$((NFAIL + 1)) ;;
			esac
			echo "$rest" ;;
		*) echo "# $rest" ;;
		esac ;;
	*)
		if [ "$MODE" = tests ]; then
			[ -n "$l" ] && echo "# guest: $l"
		else
			echo "$l"
		fi ;;
	esac
}

# what remains once the stream ended: missing results, timings, exit status
finish() {	# $1 = why the run ended badly ("" when it ran to the end)
	local why=$1 k rc=0
	if [ "$MODE" != tests ]; then
		if [ -n "$why" ]; then
			echo "vm/run.sh: FAILED: $why" >&2
			rc=1
		elif [ "${GUEST_RC:-1}" != 0 ]; then
			echo "vm/run.sh: FAILED: $MODE exited with status $GUEST_RC" >&2
			rc=1
		fi
		echo "vm/run.sh: boot took ${BOOT_T:-?} s, $MODE took $(since "${TESTS_T0:-$T0}") s" >&2
		return $rc
	fi
	if [ -z "$PLAN" ]; then
		echo "1..1"
		echo "not ok 1 - VM run: ${why:-no test plan from the guest}"
		echo "# VM run failed: ${why:-no test plan from the guest}" >&2
		return 1
	fi
	for ((k = 1; k <= PLAN; k++)); do
		[ -n "${GOT[$k]:-}" ] && continue
		echo "not ok $k - ${NAMES[$k]:-test $k}"
		echo "# no result: ${why:-the guest stopped before it}" >&2
		NFAIL=$((NFAIL + 1))
	done
	[ -n "$why" ] && { echo "# VM run failed: $why" >&2; rc=1; }
	[ "$NFAIL" = 0 ] || rc=1
	[ -n "$why" ] || [ "${GUEST_RC:-1}" = 0 ] || [ "$NFAIL" != 0 ] || {
		echo "# guest runner exited with status ${GUEST_RC:-?}" >&2; rc=1; }
	echo "# boot took ${BOOT_T:-?} s, tests took $(since "${TESTS_T0:-$T0}") s" >&2
	return $rc
}

# ---- native ----
if [ "$WHERE" = native ]; then
	echo "vm/run.sh: running natively on $(uname -r), no VM" >&2
	[ "$(id -u)" = 0 ] || die "native runs need root"
	BOOT_T=0 TESTS_T0=$(now)
	export UBLKD_ROOT=$PWD UBLKD_EXTRA_TESTS="${EXTRAS[*]}"
	case $MODE in
	tests) cmd=(sh vm/runner.sh tests "$FILTER") ;;
	demo) cmd=(sh tests/vm/demo.sh) ;;
	bench) cmd=(sh bench/vm-bench.sh) ;;
	shell) die "--shell is for the VM" ;;
	esac
	[ -f "${cmd[1]}" ] || die "${cmd[1]} not found (not written yet?)"
	fifo=$(mktemp -u); mkfifo "$fifo"
	if [ "$MODE" = tests ]; then	# its progress log stays on stderr
		timeout -k 10 "$TIMEOUT" "${cmd[@]}" >"$fifo" &
	else
		timeout -k 10 "$TIMEOUT" "${cmd[@]}" >"$fifo" 2>&1 &
	fi
	pid=$!
	while IFS= read -r line; do handle_line "$line"; done <"$fifo"
	wait $pid; GUEST_RC=$?
	rm -f "$fifo"
	why=
	[ "$GUEST_RC" = 124 ] && why="timed out after $TIMEOUT s"
	finish "$why"
	exit $?
fi

# ---- VM ----
command -v qemu-system-x86_64 >/dev/null ||
	die "qemu-system-x86_64 missing (run scripts/install-deps.sh)"
KDIR=$(bash vm/fetch-kernel.sh "${UBLKD_KERNEL:-7}") ||
	die "cannot fetch a ${UBLKD_KERNEL:-7} kernel"
KVER=$(cat "$KDIR/version")
# Several runs may go on at once in one tree: each has its own directory
# (initramfs, scratch disk, logs), removed at the end; the last run's logs
# are copied to build/vm/last-<kernel>[-asan]-{console,results}.log.
LABEL=$KVER${UBLKD_ASAN:+-asan}
mkdir -p "$OUT"
RUN=$(mktemp -d "$OUT/run.XXXXXX") || die "cannot create a run dir in $OUT"
QPID= VPID=
cleanup() {
	[ -n "$QPID$VPID" ] && kill -9 $QPID $VPID 2>/dev/null
	cp "$RUN/console.log" "$OUT/last-$LABEL-console.log" 2>/dev/null
	cp "$RUN/results.log" "$OUT/last-$LABEL-results.log" 2>/dev/null
	[ "${UBLKD_VM_KEEP:-0}" = 1 ] || rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
KEPT=$OUT/initramfs-$KVER.cpio	# the modules differ per kernel
if [ "$BUILD" = 1 ] || [ ! -f "$KEPT" ]; then
	b0=$(now)
	INITRD=$RUN/initramfs.cpio
	bash vm/mkinitramfs.sh -k "$KDIR" -o "$INITRD" ||
		die "cannot build the initramfs"
	echo "vm/run.sh: initramfs built in $(since "$b0") s" >&2
	# for later --no-build runs (atomic: a running VM keeps the old one)
	ln -f "$INITRD" "$KEPT.$$" && mv -f "$KEPT.$$" "$KEPT"
else
	INITRD=$KEPT
fi
if [ ${#EXTRAS[@]} -gt 0 ]; then
	bash vm/mkinitramfs.sh --extra "$RUN/extra.cpio" "${EXTRAS[@]}" ||
		die "cannot pack the extra files"
	cat "$INITRD" "$RUN/extra.cpio" >"$RUN/initramfs-extra.cpio"
	INITRD=$RUN/initramfs-extra.cpio
fi

APPEND="console=ttyS0 panic=-1 loglevel=4 ublkd.mode=$MODE"
[ -n "$FILTER" ] && APPEND+=" ublkd.filter=$FILTER"
[ -n "${UBLKD_VM_TEST_TIMEOUT:-}" ] && APPEND+=" ublkd.timeout=$UBLKD_VM_TEST_TIMEOUT"
[ -n "${UBLKD_ASAN:-}" ] && APPEND+=" ublkd.env=UBLKD_ASAN=$UBLKD_ASAN"
APPEND+=" ublkd.env=UBLKD_KVER=$KVER"
for e in ${UBLKD_VM_ENV:-}; do APPEND+=" ublkd.env=$e"; done
APPEND+=${UBLKD_VM_APPEND:+ $UBLKD_VM_APPEND}

ACCEL=(-accel tcg,thread=multi -cpu "${UBLKD_VM_CPU:-max}")
if [ "${UBLKD_VM_ICOUNT:-0}" = 1 ]; then
	# icount needs the single-threaded TCG; sleep=off: idle time is
	# skipped, so a run is a pure function of the instructions executed
	ACCEL=(-accel tcg,thread=single -icount shift=0,sleep=off
	       -cpu "${UBLKD_VM_CPU:-max}")
fi
# KVM only on request: on some hosts /dev/kvm exists but does not work
if [ "${UBLKD_VM_KVM:-0}" = 1 ]; then
	ACCEL=(-accel kvm -cpu host)
fi
DRIVE=()
if [ "${UBLKD_VM_SCRATCH:-1}" = 1 ]; then
	truncate -s 2G "$RUN/scratch.img" || die "cannot create the scratch disk"
	DRIVE=(-drive "file=$RUN/scratch.img,if=virtio,format=raw,cache=unsafe")
fi
CONSOLE=$RUN/console.log
RESULTS=$RUN/results.log
: >"$CONSOLE"; : >"$RESULTS"
if [ "$MODE" = shell ]; then
	SERIAL=(-serial mon:stdio -serial "file:$RESULTS")
else
	SERIAL=(-serial "file:$CONSOLE" -serial "file:$RESULTS" -monitor none)
fi
VMMEM=2G; [ "$MODE" = bench ] && VMMEM=6G
QEMU=(qemu-system-x86_64 "${ACCEL[@]}" -smp 2 -m "${UBLKD_VM_MEM:-$VMMEM}"
      -nodefaults -nographic -no-reboot "${SERIAL[@]}"
      -device virtio-rng-pci "${DRIVE[@]}"
      -kernel "$KDIR/vmlinuz" -initrd "$INITRD" -append "$APPEND")
echo "vm/run.sh: kernel $KVER, mode $MODE${FILTER:+, filter $FILTER}" >&2
if [ "$MODE" = shell ]; then
	"${QEMU[@]}"
	exit 0
fi

# A guest kernel that panics before it boots is booted again (at most
# UBLKD_VM_BOOT_TRIES times, default 3): multi-threaded TCG now and then
# trips over the kernel's own boot-time text patching (7.3.4, 2 boots of
# some 40: "Oops: int3" in sched_clock_cpu, 1.7 s in, while the initramfs
# unpacks); no test has run by then, so nothing is hidden. A panic
# after the guest booted fails the run as before.
BOOT_TRIES=${UBLKD_VM_BOOT_TRIES:-3}
for ((boot_try = 1; ; boot_try++)); do
	T0=$(now)
	"${QEMU[@]}" </dev/null >"$RUN/qemu.out" 2>&1 &
	QPID=$!
	VPID=
	if [ "${UBLKD_VM_VERBOSE:-0}" = 1 ]; then
		tail -n +1 -f "$CONSOLE" >&2 &
		VPID=$!
	fi

	why= partial=
	deadline=$(awk -v a="$T0" -v t="$TIMEOUT" 'BEGIN { printf "%d", a + t }')
	exec 3<"$RESULTS"
	while :; do
		if IFS= read -r line <&3; then
			handle_line "$partial$line"
			partial=
			continue
		fi
		partial+=$line	# an unfinished line: keep it for the next read
		if ! kill -0 $QPID 2>/dev/null; then
			while IFS= read -r line <&3 || [ -n "$line" ]; do
				handle_line "$partial$line"; partial=
			done
			[ -n "$partial" ] && handle_line "$partial"
			break
		fi
		if [ "${EPOCHSECONDS}" -ge "$deadline" ]; then
			why="VM timed out after $TIMEOUT s (killed)"
			kill -9 $QPID 2>/dev/null
			wait $QPID 2>/dev/null
			continue
		fi
		sleep 0.1
	done
	wait $QPID 2>/dev/null
	QRC=$?
	[ -n "$VPID" ] && kill $VPID 2>/dev/null
	if [ -z "$why" ] && [ -z "$BOOT_T" ] && [ "$boot_try" -lt "$BOOT_TRIES" ] &&
	   grep -q 'Kernel panic' "$CONSOLE"; then
		echo "vm/run.sh: the guest kernel panicked before it booted (boot $boot_try of at most $BOOT_TRIES): booting again; its console:" >&2
		grep -m 3 -E 'Oops|RIP:|Kernel panic' "$CONSOLE" | sed 's/^/#   /' >&2
		cp "$CONSOLE" "$OUT/last-$LABEL-panic-console.log" 2>/dev/null
		exec 3<&-
		: >"$CONSOLE"; : >"$RESULTS"
		continue
	fi
	break
done

if [ -z "$why" ]; then
	if [ -z "$BOOT_T" ]; then
		why="VM failed to boot (qemu exit $QRC)"
	elif [ -z "$GUEST_RC" ]; then
		why="guest died without finishing (qemu exit $QRC)"
	fi
	if [ -n "$why" ] && grep -q 'Kernel panic' "$CONSOLE"; then
		why="$why: kernel panic"
	fi
fi
if [ -n "$why" ]; then
	{
		echo "vm/run.sh: $why; qemu said:"
		tail -n 5 "$RUN/qemu.out" | sed 's/^/#   /'
		echo "# console tail (kept in $OUT/last-$LABEL-console.log):"
		tail -n 40 "$CONSOLE" | sed 's/^/#   /'
	} >&2
fi
finish "$why"

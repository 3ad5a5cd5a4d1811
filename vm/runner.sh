#!/bin/sh
# Run tests/vm/*.sh (sorted, lib.sh and demo.sh excluded), one at a time,
# each with a timeout, and print TAP lines prefixed with "@@TAP@@ ".
# POSIX sh: runs in the VM guest (busybox) and natively on a host with ublk.
#   runner.sh tests [FILTER]
# UBLKD_EXTRA_TESTS: more test files (paths) to run after tests/vm/*.sh,
# whatever the filter.
# FILTER: comma/space separated patterns, a glob against the file name or
# else a substring; empty = all. Run from the repo root (the guest's /ublkd).
# Env: UBLKD_VM_TEST_TIMEOUT (s, default 300), UBLKD_IN_VM=1 (guest: clear
# dmesg per test and fail on kernel splats, kill leftover processes and
# delete leftover ublk devices).
set -u
[ "${1:-}" = tests ] || { echo "usage: $0 tests [FILTER]" >&2; exit 2; }
filter=${2:-}
tmo=${UBLKD_VM_TEST_TIMEOUT:-300}
in_vm=${UBLKD_IN_VM:-0}
export UBLKD_ROOT=${UBLKD_ROOT:-$PWD}
logdir=$(mktemp -d /tmp/ublkd-tests.XXXXXX) || exit 1

tap() { printf '@@TAP@@ %s\n' "$*"; }
say() { echo "runner: $*" >&2; }
diag() {	# file: every line as a TAP diagnostic
	sed -e 's/^/@@TAP@@ #   /' "$1"
}

matches() {
	[ -z "$filter" ] && return 0
	set -f
	for p in $(echo "$filter" | tr ',' ' '); do
		case $p in
		*[*?[]*) case $1 in $p) set +f; return 0 ;; esac ;;
		*) case $1 in *"$p"*) set +f; return 0 ;; esac ;;
		esac
	done
	set +f
	return 1
}

list=
n=0
for f in tests/vm/*.sh; do
	name=${f##*/}
	case $name in lib.sh | demo.sh) continue ;; esac
	[ -f "$f" ] || continue
	matches "$name" || continue
	n=$((n + 1))
	list="$list $f"
done
for f in ${UBLKD_EXTRA_TESTS:-}; do	# extras run whatever the filter
	[ -f "$f" ] || { echo "runner: extra test $f not found" >&2; exit 2; }
	n=$((n + 1))
	list="$list $f"
done

tap "1..$n"
i=0
for f in $list; do
	i=$((i + 1))
	printf '@@PLAN@@ %s %s\n' "$i" "${f##*/}"
done

failed=0
i=0
for f in $list; do
	name=${f##*/}
	i=$((i + 1))
	log=$logdir/$name.log
	flag=$logdir/$name.timeout
	say "[$i/$n] $name"
	[ "$in_vm" = 1 ] && dmesg -c >/dev/null 2>&1
	t0=$(date +%s)
	setsid sh "$f" >"$log" 2>&1 </dev/null &
	pid=$!
	# the watchdog in its own group, so that killing it kills its sleep
	setsid sh -c 'sleep "$1"; : >"$2"; kill -9 -"$3" "$3"' watchdog \
		"$tmo" "$flag" "$pid" >/dev/null 2>&1 &
	wd=$!
	wait "$pid"
	rc=$?
	kill -9 -"$wd" "$wd" 2>/dev/null
	# leftovers of the test (servers it started and did not stop)
	kill -9 -"$pid" 2>/dev/null
	leftover=
	if [ "$in_vm" = 1 ]; then
		kill -9 -1 2>/dev/null
		# devices the test did not delete: the next test starts clean
		leftover=$(ls /dev/ublkc* 2>/dev/null | tr '\n' ' ')
		if [ -n "$leftover" ] && [ -x build/ublk ]; then
			timeout 60 build/ublk del -a -f >/dev/null 2>&1
		fi
	fi
	dt=$(($(date +%s) - t0))
	splat=
	if [ "$in_vm" = 1 ]; then
		dmesg >"$logdir/dmesg" 2>/dev/null
		if grep -qE 'BUG:|WARNING:|Oops|general protection|Call Trace|hung_task|soft lockup' \
			"$logdir/dmesg"; then
			splat=1
		fi
	fi
	# sanitizer reports of the daemons (their logs) or the test's
	san=
	rundir=${UBLKD_RUN_DIR:-/run/ublkd}
	if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" \
		"$rundir"/*.log 2>/dev/null; then
		san=1
		grep -hE -A12 'ERROR: (Address|Leak)Sanitizer|runtime error:' \
			"$log" "$rundir"/*.log 2>/dev/null | head -n 40 >"$logdir/san"
	fi
	[ "$in_vm" = 1 ] && rm -f "$rundir"/*.log
	if [ -n "$san" ]; then
		tap "not ok $i - $name"
		tap "#   a sanitizer reported:"
		diag "$logdir/san"
		failed=$((failed + 1))
	elif [ -e "$flag" ]; then
		tap "not ok $i - $name"
		tap "#   timed out after $tmo s; last output:"
		tail -n 20 "$log" >"$logdir/tail"; diag "$logdir/tail"
		failed=$((failed + 1))
	elif [ -n "$splat" ]; then
		tap "not ok $i - $name"
		tap "#   exit $rc, but the kernel logged a splat:"
		awk '/BUG:|WARNING:|Oops|general protection|Call Trace|hung_task|soft lockup/ \
			{ p = 1 } p && n++ < 40' "$logdir/dmesg" >"$logdir/tail"
		diag "$logdir/tail"
		failed=$((failed + 1))
	elif [ "$rc" = 0 ]; then
		tap "ok $i - $name"
	elif [ "$rc" = 4 ]; then
		reason=$(grep -v '^[[:space:]]*$' "$log" | tail -n 1 |
			sed -e 's/^SKIP:[[:space:]]*//' -e 's/#//g')
		tap "ok $i - $name # SKIP ${reason:-no reason given}"
	else
		tap "not ok $i - $name"
		tap "#   exit status $rc; last output:"
		tail -n 20 "$log" >"$logdir/tail"; diag "$logdir/tail"
		failed=$((failed + 1))
	fi
	[ -n "$leftover" ] &&
		tap "#   note: $name left ublk devices behind: $leftover(deleted)"
	tap "#   $name took ${dt}s"
	# keep the full log visible on the console too
	sed -e "s/^/[$name] /" "$log" >&2
done
rm -rf "$logdir"
printf '@@DONE@@ %s %s\n' "$n" "$failed"
[ "$failed" = 0 ]

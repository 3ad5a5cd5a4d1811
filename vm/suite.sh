#!/bin/bash
# One kernel's VM test run, as one TAP stream for prove (vm/tests-*.t):
#   vm/suite.sh LINE [full|smoke|asan]
# Boots Debian's newest cloud kernel of LINE (7, 6.12, 6.18) and runs
#   full   every tests/vm/*.sh
#   smoke  the core subset (UBLKD_VM_SMOKE_TESTS overrides it)
#   asan   the core subset with the daemon built with ASan + UBSan
#          (build-asan/ublk): a sanitizer report in a daemon's log fails
#          the test (UBLKD_VM_ASAN_TESTS overrides the selection)
# via vm/run.sh --tests, which prints the guest's TAP: a plan, one line per
# test, and a failing "not ok" for each test the guest never reported
# (hang, panic, dead VM). UBLKD_VM_TESTS, when set, filters every run.
cd "$(dirname "$0")/.." || exit 2
line=${1:?usage: vm/suite.sh LINE [full|smoke|asan]}
what=${2:-full}
# the core subset: every data path and lifecycle once (the matrices 110 and
# 300, eight devices 190 and the 100 add/del cycles 440 run in the full
# suites, not in the 6.18 smoke run; make check measured 2307 s with them here, over its 35 minutes;
# the ublksrv add matrix 220 too, 225 is its quick verbs half; the data
# paths 500-515 run in the full suites: on 6.18 and 7.x loop and null use
# zero copy by default, so the subsets' loop/null tests run it there)
CORE=100,105,115,120,140,170,225,320,400,420,470,490,495,530,800
export UBLKD_KERNEL=$line
# Tests a full run leaves to the other kernel's, to keep make check under
# its 35 minutes (CI measured 2227 s with every test on both): on 7.x the
# mem matrix 110 (mem's get_data path is the same on both lines), the loop
# copy matrix 300 (loop runs zero copy there: 500 is its matrix), the
# ublksrv add matrix 220 (its -z/-b lines are 500's and 515's there) and
# the 100 add/del cycles 440 (830's churn adds and deletes there), the
# user-copy test 510 (6.12 has USER_COPY: it runs there), and the core
# subset CORE, which make check's 7.x ASan run runs on the same kernel
# (CI measured 2215 s before these last two went); on 6.12 the nbd
# target's 600-675 and the library example 700, whose kernel side is the
# copy path every other 6.12 test runs.
case $line in
7) SKIP_FULL=110,220,300,440,510,$CORE ;;
6.12) SKIP_FULL=600,610,620,630,640,650,660,670,675,700 ;;
*) SKIP_FULL= ;;
esac
full_tests() {	# every test's number but those in SKIP_FULL
	local f n out=
	for f in tests/vm/[0-9]*.sh; do
		n=${f##*/}; n=${n%%-*}
		case ,$SKIP_FULL, in *,$n,*) continue ;; esac
		out=${out:+$out,}$n
	done
	echo "$out"
}
case $what in
full)
	export UBLKD_VM_TESTS=${UBLKD_VM_TESTS:-$(full_tests)} ;;
smoke)
	export UBLKD_VM_TESTS=${UBLKD_VM_TESTS:-${UBLKD_VM_SMOKE_TESTS:-001,002,005,100,105,120,170,210,225,320,400,420,495}} ;;
asan)
	export UBLKD_ASAN=1
	export UBLKD_VM_TESTS=${UBLKD_VM_TESTS:-${UBLKD_VM_ASAN_TESTS:-$CORE}}
	export UBLKD_VM_ENV="${UBLKD_VM_ENV:-} ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" ;;
*) echo "vm/suite.sh: unknown run '$what' (full, smoke, asan)" >&2; exit 2 ;;
esac
start=$EPOCHSECONDS
# the TAP stream is kept (build/vm/tap/LINE-RUN.tap, and its stderr, where
# a failed test's diagnostics go, in .tap.err): .ci/run prints the
# failures and their diagnostics at the end, where a log's tail shows them
mkdir -p build/vm/tap
tapf=build/vm/tap/$line-$what.tap
set -o pipefail
bash vm/run.sh --tests 2> >(tee "$tapf.err" >&2) | tee "$tapf"
rc=$?
echo "# vm/suite.sh $line $what: total $((EPOCHSECONDS - start)) s, exit $rc" >&2
exit $rc

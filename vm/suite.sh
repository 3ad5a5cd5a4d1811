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
# suites; make check measured 2307 s with them here, over its 35 minutes;
# the ublksrv add matrix 220 too, 225 is its quick verbs half; the data
# paths 500-515 run in the full suites: on 6.18 and 7.x loop and null use
# zero copy by default, so the subsets' loop/null tests run it there)
CORE=100,105,115,120,140,170,225,320,400,420,470,490,495,800
export UBLKD_KERNEL=$line
case $what in
full) ;;
smoke)
	export UBLKD_VM_TESTS=${UBLKD_VM_TESTS:-${UBLKD_VM_SMOKE_TESTS:-001,002,005,100,105,120,170,210,225,320,400,420,440,495}} ;;
asan)
	export UBLKD_ASAN=1
	export UBLKD_VM_TESTS=${UBLKD_VM_TESTS:-${UBLKD_VM_ASAN_TESTS:-$CORE}}
	export UBLKD_VM_ENV="${UBLKD_VM_ENV:-} ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" ;;
*) echo "vm/suite.sh: unknown run '$what' (full, smoke, asan)" >&2; exit 2 ;;
esac
start=$EPOCHSECONDS
bash vm/run.sh --tests
rc=$?
echo "# vm/suite.sh $line $what: total $((EPOCHSECONDS - start)) s, exit $rc" >&2
exit $rc

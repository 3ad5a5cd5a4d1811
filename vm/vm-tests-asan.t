#!/bin/bash
# prove --exec bash vm/vm-tests-asan.t  (make check-vm)
# The core VM tests again, with the daemon built with ASan + UBSan
# (build-asan/ublk): a sanitizer report in a daemon's log fails the test.
# UBLKD_VM_ASAN_TESTS overrides the selection.
cd "$(dirname "$0")/.." || exit 2
export UBLKD_ASAN=1
export UBLKD_VM_TESTS=${UBLKD_VM_ASAN_TESTS:-100,110,115,120,140,170,190,300-,320,400,420,440}
export UBLKD_VM_ENV="${UBLKD_VM_ENV:-} ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
start=$EPOCHSECONDS
bash vm/run.sh --tests
rc=$?
echo "# vm-tests-asan.t: total $((EPOCHSECONDS - start)) s, exit $rc" >&2
exit $rc

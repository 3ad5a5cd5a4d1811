#!/bin/bash
# Run each libFuzzer harness for SECONDS, from its seed corpus
# (tests/fuzz/corpus/NAME/, copied: the repo's corpus is not changed) with
# its dictionary (tests/fuzz/NAME.dict) if any. Prints one summary line per
# harness (runs, executions per second); exits 1 if any found a crash, a
# sanitizer report or a broken property (the input is kept in
# build-fuzz/artifacts/).
#   scripts/fuzz.sh SECONDS BIN...
set -uo pipefail

secs=$1
shift
mkdir -p build-fuzz/artifacts
failed=0
for bin in "$@"; do
	name=$(basename "$bin")
	work=$(mktemp -d "build-fuzz/.corpus-$name.XXXXXX")
	args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048
	      -artifact_prefix=build-fuzz/artifacts/"$name"- -print_final_stats=1)
	[ -f "tests/fuzz/$name.dict" ] && args+=(-dict="tests/fuzz/$name.dict")
	log=build-fuzz/$name.log
	"$bin" "${args[@]}" "$work" "tests/fuzz/corpus/$name" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	if [ "$rc" = 0 ]; then
		echo "fuzz: $name: ${runs:-?} runs in $secs s (${eps:-?} exec/s), nothing found"
	else
		echo "fuzz: $name: FAILED (exit $rc) after ${runs:-?} runs; input in build-fuzz/artifacts/, log $log:"
		grep -E 'ERROR|SUMMARY|runtime error|deadly|#[0-9] ' "$log" | head -n 20
		failed=1
	fi
	rm -rf "$work"
done
exit "$failed"

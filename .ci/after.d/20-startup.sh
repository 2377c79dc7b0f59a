#!/usr/bin/env bash
# Black-box: `java -jar` relaunches check/process/batch with the start-up archive (cli/Relaunch);
# the answer, the exit code and the written copy must be exactly those of a plain run, and the
# launcher script must give the same too.
set -euo pipefail
cd "$(dirname "$0")/../.."
ex="workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx"
test -f target/ziping.jsa || { echo "the build did not record target/ziping.jsa" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
set +e
ZIPING_NO_RELAUNCH=1 java -jar target/ziping.jar check "$ex" --format json >"$tmp/plain.json" 2>"$tmp/plain.err"; a=$?
java -jar target/ziping.jar check "$ex" --format json >"$tmp/fast.json" 2>"$tmp/fast.err"; b=$?
bin/ziping check "$ex" --format json >"$tmp/script.json" 2>"$tmp/script.err"; c=$?
java -jar target/ziping.jar process "$ex" --out-dir "$tmp/out" >"$tmp/process.txt" 2>&1; d=$?
set -e
[ "$a" = 1 ] && [ "$b" = 1 ] && [ "$c" = 1 ] && [ "$d" = 1 ] || { echo "exit codes $a $b $c $d, expected 1 1 1 1" >&2; exit 1; }
cmp "$tmp/plain.json" "$tmp/fast.json" && cmp "$tmp/plain.json" "$tmp/script.json"
[ ! -s "$tmp/fast.err" ] && [ ! -s "$tmp/script.err" ] || { echo "unexpected stderr:"; cat "$tmp/fast.err" "$tmp/script.err"; exit 1; } >&2
ls "$tmp/out/"*.checked.xlsx >/dev/null
# batch (archive, full compilers): the same JSON as a plain run but for the output folder's name
set +e
ZIPING_NO_RELAUNCH=1 java -jar target/ziping.jar batch "$(dirname "$ex")" --out-dir "$tmp/b1" --format json >"$tmp/b1.json" 2>/dev/null; e=$?
java -jar target/ziping.jar batch "$(dirname "$ex")" --out-dir "$tmp/b2" --format json >"$tmp/b2.json" 2>/dev/null; f=$?
bin/ziping batch "$(dirname "$ex")" --out-dir "$tmp/b3" --format json >"$tmp/b3.json" 2>/dev/null; g=$?
set -e
[ "$e" = 1 ] && [ "$f" = 1 ] && [ "$g" = 1 ] || { echo "batch exit codes $e $f $g, expected 1 1 1" >&2; exit 1; }
sed "s|$tmp/b2|$tmp/b1|g" "$tmp/b2.json" | cmp "$tmp/b1.json" -
sed "s|$tmp/b3|$tmp/b1|g" "$tmp/b3.json" | cmp "$tmp/b1.json" -
ls "$tmp/b2/"*.checked.xlsx "$tmp/b2/汇总结果.xlsx" >/dev/null
echo "start-up: java -jar, bin/ziping and a plain JVM agree (check, process, batch)"

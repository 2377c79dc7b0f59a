#!/usr/bin/env bash
# Black-box batch run of the built jar: a folder tree with a good, an anomalous and an unreadable
# workbook; expects exit 3 (one file unreadable), mirrored copies, the roll-up, and a resumed re-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in/区A" "$work/in/区B/退回"
cp "workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx" "$work/in/区A/"
cp src/test/resources/golden/D-department.xlsx "$work/in/区B/"
echo "not a workbook" > "$work/in/区B/退回/坏.xlsx"
set +e
java -jar target/ziping.jar batch "$work/in" --out-dir "$work/out" > "$work/first.txt" 2> "$work/first.err"
rc=$?
set -e
cat "$work/first.txt"
[ "$rc" -eq 3 ] || { echo "batch should exit 3 (one unreadable file); it exited $rc" >&2; cat "$work/first.err" >&2; exit 1; }
test -f "$work/out/区A/保定市徐水区应急管理局2024年度预算项目绩效自评表.checked.xlsx"
test -f "$work/out/区B/D-department.checked.xlsx"
test -f "$work/out/汇总结果.xlsx"
grep -q "坏.xlsx" "$work/first.err"
set +e
java -jar target/ziping.jar batch "$work/in" --out-dir "$work/out" > "$work/second.txt" 2>/dev/null
set -e
grep -q "副本已是最新 2 个" "$work/second.txt" || { echo "a re-run should skip both up-to-date copies" >&2; cat "$work/second.txt" >&2; exit 1; }
echo "batch: ok"

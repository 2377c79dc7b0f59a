#!/usr/bin/env bash
# The narrative report from the command line: the seed report gives exactly one N001 against the
# example (支出总计), and the report drafted from the example, read back, gives none.
set -euo pipefail
cd "$(dirname "$0")/../.."
ex="workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
set +e
java -jar target/ziping.jar check "$ex" --report src/test/resources/report/seed-report.txt > "$out/seed.txt"
java -jar target/ziping.jar report "$ex" -o "$out/draft.docx" > "$out/report.txt"; rc=$?
java -jar target/ziping.jar check "$ex" --report "$out/draft.docx" > "$out/back.txt"
set -e
[ "$(grep -c '\[N001\]' "$out/seed.txt")" -eq 1 ] || { echo "seed: expected one N001" >&2; cat "$out/seed.txt" >&2; exit 1; }
grep -q '报告!P4: .*1851.72.*69650.14' "$out/seed.txt" || { echo "seed: N001 is not on 支出总计" >&2; exit 1; }
[ "$rc" -eq 1 ] && [ -s "$out/draft.docx" ] || { echo "report: exit $rc, or no draft" >&2; exit 1; }
! grep -q 'N001' "$out/back.txt" || { echo "draft read back disagrees with its workbook" >&2; cat "$out/back.txt" >&2; exit 1; }
echo "report: seed → one N001 on 支出总计; draft → no N001"

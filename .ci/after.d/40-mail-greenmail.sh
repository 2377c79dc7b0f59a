#!/usr/bin/env bash
# Black-box: `ziping mail --once` (the shaded jar) against greenmail-standalone on loopback. The
# message is sent with Python's smtplib and the reply fetched with imaplib (clients that are not
# ours); src/test/scripts/mail_roundtrip.py asserts recipients, threading, names and the copy.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/lib.sh
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need_pkgs python3-openpyxl
[ -f target/ziping.jar ] || mvn -q -B -DskipTests package
mvn -q -B dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory=target/greenmail
work=$(mktemp -d /tmp/ziping-greenmail.XXXXXX)
gm_pid=
cleanup() {
  [ -n "$gm_pid" ] && kill "$gm_pid" 2>/dev/null && wait "$gm_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
read -r smtp imap < <(/usr/bin/python3 -c 'import socket
ps=[]
for _ in range(2):
    s=socket.socket(); s.bind(("127.0.0.1",0)); ps.append(s)
print(*[s.getsockname()[1] for s in ps])')
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.imap.hostname=127.0.0.1 \
  -Dgreenmail.smtp.port="$smtp" -Dgreenmail.imap.port="$imap" \
  -Dgreenmail.users=ziping:secret@czj.test,zhang:pw@unit.test \
  -jar target/greenmail/greenmail-standalone-2.1.13.jar >"$work/greenmail.log" 2>&1 &
gm_pid=$!
for _ in $(seq 60); do
  kill -0 "$gm_pid" 2>/dev/null || { cat "$work/greenmail.log" >&2; echo "greenmail did not start" >&2; exit 1; }
  (exec 3<>"/dev/tcp/127.0.0.1/$imap") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$smtp") 2>/dev/null && break
  sleep 0.5
done
cat >"$work/ziping-mail.properties" <<CONF
imap.host=127.0.0.1
imap.port=$imap
imap.user=ziping
imap.tls=none
imap.processedFolder=已处理
imap.failedFolder=处理失败
smtp.host=127.0.0.1
smtp.port=$smtp
smtp.tls=none
reply.from=ziping@czj.test
CONF
export ZIPING_IMAP_PASSWORD=secret
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" --test
/usr/bin/python3 src/test/scripts/mail_roundtrip.py send --smtp-port "$smtp" --state "$work/sent.json"
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" --once 2>&1 | tee "$work/service.log"
grep -q "已回复" "$work/service.log"
if grep -q secret "$work/service.log"; then echo "the password appeared in the log" >&2; exit 1; fi
/usr/bin/python3 src/test/scripts/mail_roundtrip.py check --imap-port "$imap" --state "$work/sent.json"
# a second run answers nothing twice
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" --once 2>&1 | tee "$work/service2.log"
if grep -q "已回复" "$work/service2.log"; then echo "a message was answered twice" >&2; exit 1; fi
echo "40-mail-greenmail: OK"

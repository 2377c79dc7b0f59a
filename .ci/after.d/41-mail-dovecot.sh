#!/usr/bin/env bash
# Black-box: `ziping mail --once` against a production server pair from Debian's packages, Dovecot
# IMAP + Postfix SMTP, started here by hand on loopback (no systemd) with their own configuration
# and spool under a temporary folder, and stopped again at the end. Real servers differ from
# GreenMail in UIDs, flags (a fetched body turns \Seen), MOVE and IDLE; the same Python client
# checks the replies (src/test/scripts/mail_roundtrip.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/lib.sh
if ! dpkg -s postfix >/dev/null 2>&1; then
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  echo "postfix postfix/mailname string localhost" | debconf-set-selections
fi
need_pkgs dovecot-imapd postfix
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need_pkgs python3-openpyxl
[ -f target/ziping.jar ] || mvn -q -B -DskipTests package

work=$(mktemp -d /tmp/ziping-dovecot.XXXXXX)
chmod 755 "$work"
pf="$work/postfix"
cleanup() {
  if [ "${KEEP_MAIL_WORK:-}" = 1 ]; then echo "kept $work"; return; fi
  [ -f "$pf/main.cf" ] && postfix -c "$pf" stop >/dev/null 2>&1 || true
  [ -f "$work/dovecot/master.pid" ] && kill "$(cat "$work/dovecot/master.pid")" 2>/dev/null || true
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT
read -r smtp imap < <(/usr/bin/python3 -c 'import socket
ps=[]
for _ in range(2):
    s=socket.socket(); s.bind(("127.0.0.1",0)); ps.append(s)
print(*[s.getsockname()[1] for s in ps])')

# Mailboxes: Maildirs under $work/vmail/DOMAIN/USER, owned by the "mail" user, written by Postfix's
# virtual delivery agent and read by Dovecot.
mkdir -p "$work/vmail" "$work/dovecot"
chown mail:mail "$work/vmail"
cat >"$work/users" <<USERS
ziping@czj.test:{PLAIN}secret
zhang@unit.test:{PLAIN}pw
USERS
chmod 644 "$work/users"
cat >"$work/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $work/dovecot
state_dir = $work/dovecot
log_path = $work/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$work/vmail/%d/%n
mail_uid = mail
mail_gid = mail
first_valid_uid = 8
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $work/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$work/vmail/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    port = 0
  }
}
service auth {
  unix_listener auth-userdb {
    mode = 0666
  }
}
CONF
dovecot -c "$work/dovecot.conf"

mkdir -p "$pf" "$work/spool" "$work/data"
chown postfix "$work/data"
cp /etc/postfix/master.cf "$pf/master.cf"
cp /etc/postfix/main.cf "$pf/main.cf" 2>/dev/null || touch "$pf/main.cf"
printf 'ziping@czj.test czj.test/ziping/\nzhang@unit.test unit.test/zhang/\n' >"$work/vmaps"
postconf -c "$pf" -e \
  "queue_directory = $work/spool" "data_directory = $work/data" \
  "myhostname = mail.czj.test" "mydestination =" "inet_interfaces = loopback-only" "inet_protocols = ipv4" \
  "mynetworks = 127.0.0.0/8" "smtpd_relay_restrictions = permit_mynetworks, reject" \
  "virtual_mailbox_domains = czj.test unit.test" "virtual_mailbox_base = $work/vmail" \
  "virtual_mailbox_maps = texthash:$work/vmaps" "virtual_uid_maps = static:8" "virtual_gid_maps = static:8" "virtual_minimum_uid = 8" \
  "alias_maps =" "alias_database =" "default_transport = error" "relay_transport = error" \
  "maillog_file_prefixes = /tmp" "maillog_file = $work/postfix.log" "compatibility_level = 3.6"
# our own smtpd port instead of 25, nothing chrooted (the spool is ours)
postconf -c "$pf" -M# smtp/inet
postconf -c "$pf" -M "127.0.0.1:$smtp/inet = 127.0.0.1:$smtp inet n - n - - smtpd"
postconf -c "$pf" -F '*/*/chroot = n'
postconf -c "$pf" -M "postlog/unix-dgram = postlog unix-dgram n - n - 1 postlogd"
postfix -c "$pf" check 2>&1 | grep -v "warning" || true
postfix -c "$pf" start 2>&1 || { cat "$work/postfix.log" >&2 2>/dev/null || true; exit 1; }

for _ in $(seq 60); do
  (exec 3<>"/dev/tcp/127.0.0.1/$imap") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$smtp") 2>/dev/null && break
  sleep 0.5
done

cat >"$work/ziping-mail.properties" <<CONF
imap.host=127.0.0.1
imap.port=$imap
imap.user=ziping@czj.test
imap.tls=none
imap.processedFolder=已处理
imap.failedFolder=处理失败
smtp.host=127.0.0.1
smtp.port=$smtp
smtp.tls=none
smtp.auth=false
reply.from=ziping@czj.test
poll.seconds=2
CONF
export ZIPING_IMAP_PASSWORD=secret
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" --test
/usr/bin/python3 src/test/scripts/mail_roundtrip.py send --smtp-port "$smtp" --state "$work/sent.json"
# Postfix delivers asynchronously: wait until both messages are in the service's Maildir
for _ in $(seq 60); do
  n=$(find "$work/vmail/czj.test/ziping/new" "$work/vmail/czj.test/ziping/cur" -type f 2>/dev/null | wc -l)
  [ "$n" -ge 2 ] && break
  sleep 0.5
done
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" --once 2>&1 | tee "$work/service.log" \
  || { tail -20 "$work/postfix.log" "$work/dovecot.log" >&2; exit 1; }
grep -q "已回复" "$work/service.log"
for _ in $(seq 60); do  # the replies go through Postfix's queue
  [ "$(find "$work/vmail/unit.test/zhang/new" -type f 2>/dev/null | wc -l)" -ge 2 ] && break
  sleep 0.5
done
/usr/bin/python3 src/test/scripts/mail_roundtrip.py check --imap-port "$imap" --state "$work/sent.json" \
  --sender-login zhang@unit.test --service-login ziping@czj.test
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" --once 2>&1 | tee "$work/service2.log"
if grep -q "已回复" "$work/service2.log"; then echo "a message was answered twice" >&2; exit 1; fi

# The long-running service on a real server: IMAP IDLE wakes it for a new message, SIGTERM stops it.
java -jar target/ziping.jar mail --config "$work/ziping-mail.properties" >"$work/service3.log" 2>&1 &
svc=$!
sleep 3
/usr/bin/python3 src/test/scripts/mail_roundtrip.py send --smtp-port "$smtp" --state "$work/sent2.json"
for _ in $(seq 120); do
  [ "$(grep -c "已回复" "$work/service3.log")" -ge 2 ] && break
  sleep 0.5
done
kill -TERM "$svc"
rc=0; wait "$svc" || rc=$?
cat "$work/service3.log"
[ "$(grep -c "已回复" "$work/service3.log")" -eq 2 ] || { echo "the running service did not answer both new messages" >&2; exit 1; }
grep -q "邮件服务已停止" "$work/service3.log" || { echo "SIGTERM did not stop the service cleanly (exit $rc)" >&2; exit 1; }
echo "41-mail-dovecot: OK"

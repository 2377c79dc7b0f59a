/**
 * The mail-in service: people email their workbooks to a mailbox, ziping answers each message
 * with the annotated copies and a Chinese summary. The only package that uses the mail API; it
 * calls {@code app/} for every evaluation.
 */
package cn.ziping.mail;

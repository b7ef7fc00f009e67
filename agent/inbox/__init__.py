"""The inbox: replies, out-of-office notices and bounces read from a real IMAP mailbox."""

#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# The lab's WHOIS server (RFC 3912): one query line per connection, answered from
# DATA_DIR/<domain> (the registry's record for that domain) or "No match", then the connection
# closes. Run by `ra-cli lab start` with Debian's Python; nothing outside the standard library.
import os
import re
import socketserver
import sys

ADDRESS, PORT, DATA_DIR = sys.argv[1], int(sys.argv[2]), sys.argv[3]
NAME = re.compile(r"^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$")


class Whois(socketserver.StreamRequestHandler):
    timeout = 5  # a client that sends no query in time is dropped

    def handle(self):
        query = self.rfile.readline(512).decode("ascii", "replace").strip().lower()
        path = os.path.join(DATA_DIR, query)
        if NAME.match(query) and ".." not in query and os.path.isfile(path):
            with open(path, "rb") as record:
                self.wfile.write(record.read())
        else:
            self.wfile.write(b"No match for \"" + query.upper().encode("ascii", "replace") + b"\".\r\n")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server((ADDRESS, PORT), Whois) as server:
    server.serve_forever()

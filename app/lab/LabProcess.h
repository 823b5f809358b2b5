// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QStringList>
#include <QVariant>

#include <utility>

namespace ra::app {

// The lab's servers run as daemons owned by the lab directory, known by their PID files, so
// `ra-cli lab start` and `lab stop` can be separate commands. What every lab server needs of them:
namespace labprocess {

// Debian's Python 3: the one python3-aiosmtpd is installed for, not whichever is first on PATH.
[[nodiscard]] QString debianPython();
// A program from Debian: PATH first, then /usr/sbin (knotd, nginx), which is not on every PATH.
[[nodiscard]] QString systemTool(const QString& name);
// The PID in `pidFile`, or 0.
[[nodiscard]] qint64 readPidFile(const QString& pidFile);
[[nodiscard]] bool alive(qint64 pid);
// Waits up to `ms` for the process to be gone.
[[nodiscard]] bool waitUntilGone(qint64 pid, int ms);
// Starts `program` detached, its output appended to `logFile`, its PID written to `pidFile`:
// the PID, or 0 when it did not start.
[[nodiscard]] qint64 startDetached(const QString& program, const QStringList& arguments, const QString& logFile,
                                   const QString& pidFile);
// Waits up to `ms` for a TCP server to accept connections on `address`:`port`.
[[nodiscard]] bool waitUntilAccepting(const QString& address, int port, int ms);
// How many processes `pid` is the parent of (Linux /proc).
[[nodiscard]] int childCount(qint64 pid);
// SIGTERM, `graceMs` to go, then SIGKILL: whether the process is gone.
[[nodiscard]] bool end(qint64 pid, int graceMs = 5000);

// Writes a lab file whole, making its folder first.
[[nodiscard]] domain::Status writeFile(const QString& fileName, const QByteArray& content);
// A lower-case DNS name the lab may use as a folder name (no "..", no slashes).
[[nodiscard]] bool isDomainName(const QString& name);
// Whether a TCP server could listen on `address`:`port` now.
[[nodiscard]] bool canListen(const QString& address, int port);

} // namespace labprocess
} // namespace ra::app

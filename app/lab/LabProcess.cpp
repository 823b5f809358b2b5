// SPDX-License-Identifier: Apache-2.0
#include "app/lab/LabProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace ra::app::labprocess {

QString debianPython() {
    return QStringLiteral("/usr/bin/python3");
}

QString systemTool(const QString& name) {
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin")}) : found;
}

namespace {
// When process `pid` started, from /proc (its start in clock ticks after boot, and the boot time);
// invalid when the process is gone.
QDateTime processStart(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile system(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly) || !system.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = stat.readAll();
    // Field 22 (starttime); the fields after the command's closing parenthesis start at field 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeIndex = 22 - 3;
    if (fields.size() <= kStartTimeIndex) {
        return {};
    }
    qint64 bootTime = 0;
    for (const QByteArray& entry : system.readAll().split('\n')) {
        if (entry.startsWith("btime ")) {
            bootTime = entry.mid(6).trimmed().toLongLong();
        }
    }
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    if (bootTime <= 0 || ticksPerSecond <= 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(
        bootTime * 1000 + fields.at(kStartTimeIndex).toLongLong() * 1000 / ticksPerSecond, Qt::UTC);
}
} // namespace

qint64 readPidFile(const QString& pidFile) {
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const qint64 pid = file.readAll().trimmed().toLongLong();
    // A process that started after its PID file was last written is another program that was given
    // the same PID since (the lab's server is gone): stopping the lab must never signal it. The
    // boot time /proc gives is to the second, hence the slack.
    const QDateTime started = processStart(pid);
    constexpr qint64 kBootTimeSlackMs = 1500;
    if (started.isValid() &&
        started.toMSecsSinceEpoch() > QFileInfo(file).lastModified().toMSecsSinceEpoch() + kBootTimeSlackMs) {
        return 0;
    }
    return pid;
}

bool alive(qint64 pid) {
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0) {
        return false;
    }
    // A zombie has exited and let go of its ports and files; only its parent (init, for the
    // lab's detached servers) has yet to reap it, which some inits do only every few seconds.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return true;
    }
    const QByteArray line = stat.readAll();
    if (line.mid(line.lastIndexOf(')') + 2, 1) != "Z") {
        return true;
    }
    // A thread-group leader that called pthread_exit is a zombie while its other threads run on.
    return QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() > 1;
}

bool waitUntilGone(qint64 pid, int ms) {
    constexpr int kStepMs = 50;
    for (int waited = 0; alive(pid) && waited < ms; waited += kStepMs) {
        QThread::msleep(kStepMs);
    }
    return !alive(pid);
}

qint64 startDetached(const QString& program, const QStringList& arguments, const QString& logFile,
                     const QString& pidFile) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        return 0;
    }
    QFile file(pidFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QByteArray::number(pid)) <= 0) {
        ::kill(pid_t(pid), SIGTERM); // a process nobody could stop later is not started at all
        return 0;
    }
    return pid;
}

bool waitUntilAccepting(const QString& address, int port, int ms) {
    constexpr int kStepMs = 50;
    for (int waited = 0; waited < ms; waited += kStepMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(address), quint16(port));
        if (socket.waitForConnected(200)) {
            return true;
        }
        QThread::msleep(kStepMs);
    }
    return false;
}

int childCount(qint64 pid) {
    int children = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
        if (entry.toLongLong() <= 0 || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // "PID (COMMAND) STATE PPID ...": the command may hold spaces, so count from its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        children += fields.size() > 1 && fields.at(1).toLongLong() == pid ? 1 : 0;
    }
    return children;
}

bool end(qint64 pid, int graceMs) {
    if (!alive(pid)) {
        return true;
    }
    ::kill(pid_t(pid), SIGTERM);
    if (waitUntilGone(pid, graceMs)) {
        return true;
    }
    ::kill(pid_t(pid), SIGKILL);
    return waitUntilGone(pid, 1000);
}

domain::Status writeFile(const QString& fileName, const QByteArray& content) {
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return domain::fail(QStringLiteral("lab.write"),
                            QCoreApplication::translate("LabProcess", "%1 cannot be written.").arg(fileName));
    }
    return {};
}

bool isDomainName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

bool canListen(const QString& address, int port) {
    QTcpServer probe;
    return probe.listen(QHostAddress(address), quint16(port));
}

} // namespace ra::app::labprocess

// SPDX-License-Identifier: Apache-2.0
#include "tests/support/ProcessRun.h"

#include <QProcess>

namespace ra::test {

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                      const QProcessEnvironment& environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

ProcessRun runAtTerminal(const QString& program, const QStringList& arguments, const QByteArray& input,
                         const QString& stdoutFile) {
    const auto quoted = [](QString word) {
        return QStringLiteral("'") + word.replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QStringLiteral("'");
    };
    QStringList command{quoted(program)};
    for (const QString& argument : arguments) {
        command << quoted(argument);
    }
    command << QStringLiteral(">") << quoted(stdoutFile);
    // -e: the program's exit code; -q: no banner; /dev/null: no typescript file.
    return runProcess(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")}, input);
}

} // namespace ra::test

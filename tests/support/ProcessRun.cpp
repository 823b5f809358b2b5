// SPDX-License-Identifier: Apache-2.0
#include "tests/support/ProcessRun.h"

#include <QElapsedTimer>
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
    if (!finished) {
        process.kill(); // a program that does not end fails its test rather than hanging it
        process.waitForFinished(5000);
    }
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

ProcessRun runAtTerminal(const QString& program, const QStringList& arguments, const QByteArray& input,
                         const QString& stdoutFile, const QList<TerminalAnswer>& answers) {
    const auto quoted = [](QString word) {
        return QStringLiteral("'") + word.replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QStringLiteral("'");
    };
    QStringList command{quoted(program)};
    for (const QString& argument : arguments) {
        command << quoted(argument);
    }
    command << QStringLiteral(">") << quoted(stdoutFile);
    // -e: the program's exit code; -q: no banner; /dev/null: no typescript file.
    QProcess process;
    process.start(QStringLiteral("script"),
                  {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    process.write(input);
    QByteArray shown;
    qsizetype searchFrom = 0;
    qsizetype next = 0;
    QElapsedTimer timer;
    timer.start();
    while (next < answers.size() && process.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
        process.waitForReadyRead(100);
        shown += process.readAllStandardOutput();
        if (const qsizetype at = shown.indexOf(answers.at(next).prompt, searchFrom); at >= 0) {
            searchFrom = at + answers.at(next).prompt.size();
            process.write(answers.at(next).reply);
            ++next;
        }
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    if (!finished) {
        process.kill(); // a program still waiting at its terminal: the test fails, it does not hang
        process.waitForFinished(5000);
    }
    shown += process.readAllStandardOutput();
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, shown,
            process.readAllStandardError()};
}

} // namespace ra::test

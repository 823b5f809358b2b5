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

} // namespace ra::test

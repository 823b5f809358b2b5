// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace ra::test {

// What a finished process left: its exit code (-1 when it crashed or timed out) and its output.
struct ProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs `program` to the end with `input` on its stdin (ra-cli, openssl, pkcs11-tool, ...).
ProcessRun runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// Runs `program` at a terminal of its own (a pseudo-terminal from util-linux `script`), `input`
// typed on it, its standard output going to the file `stdoutFile` and not to the terminal: `out`
// is what the terminal showed (the typed input echoed, prompts, whatever was written to
// /dev/tty), `err` is empty.
// With `answers`, each reply is typed once its prompt has appeared on the terminal (after the
// previous one's), as a person answers; then the input ends.
struct TerminalAnswer {
    QByteArray prompt;
    QByteArray reply;
};
ProcessRun runAtTerminal(const QString& program, const QStringList& arguments, const QByteArray& input,
                         const QString& stdoutFile, const QList<TerminalAnswer>& answers = {});

} // namespace ra::test

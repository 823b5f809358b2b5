// SPDX-License-Identifier: Apache-2.0
// ra-perspective: the remote Network Perspective agent (R-MPIC-1). It gets its job with the DCV
// issue; until then it only answers --version and says so instead of pretending to validate.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ra-perspective"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(RA_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RA Workstation network perspective agent"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(application);
    QTextStream(stderr) << "ra-perspective: validation service not implemented yet; only --version is supported.\n";
    return 2;
}

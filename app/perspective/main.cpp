// SPDX-License-Identifier: Apache-2.0
// ra-perspective: a remote Network Perspective agent (R-MPIC-1). It serves validation tasks over
// HTTPS with mutual TLS and answers with what its own resolver observed.
#include "app/mpic/PerspectiveServer.h"

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
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("The agent's INI file."),
                                          QStringLiteral("FILE"));
    parser.addOption(configOption);
    parser.process(application);
    QString error;
    const auto config = ra::app::PerspectiveServer::readConfig(parser.value(configOption), &error);
    if (!config) {
        QTextStream(stderr) << "ra-perspective: " << error << '\n';
        return 2;
    }
    ra::app::PerspectiveServer server(*config);
    if (!server.listen(&error)) {
        QTextStream(stderr) << "ra-perspective: " << config->name << ": " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "ra-perspective " << config->name << " (" << config->region << ", " << config->rir
                        << ") listening on " << config->address << ':' << config->port << Qt::endl;
    return QCoreApplication::exec();
}

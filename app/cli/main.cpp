// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliApplication.h"
#include "translations/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ra-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(RA_VERSION));
    ra::translations::installForLocale(application);
    return ra::app::runCli(QCoreApplication::arguments());
}

// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliApplication.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char* argv[]) {
    // Printing a dossier needs QtGui (fonts, the PDF writer): only that command starts a
    // QGuiApplication, offscreen, so every other command runs without a display.
    bool prints = false;
    for (int i = 2; i < argc; ++i) {
        prints = prints || (std::strcmp(argv[i - 1], "app") == 0 && std::strcmp(argv[i], "dossier") == 0);
    }
    if (prints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application =
        prints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ra-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(RA_VERSION));
    ra::translations::installForLocale(*application);
    return ra::app::runCli(QCoreApplication::arguments());
}

// SPDX-License-Identifier: Apache-2.0
#include "app/IssuanceService.h"
#include "app/Workspace.h"
#include "translations/Translations.h"
#include "ui/Prompts.h"
#include "ui/WorkstationShell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ra-workstation"));
    QApplication::setOrganizationName(QStringLiteral("ra-workstation"));
    QApplication::setApplicationVersion(QString::fromLatin1(RA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ra-workstation.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RA Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("Workspace folder."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en or ja."),
                                            QStringLiteral("LANG"));
    parser.addOptions({workspaceOption, languageOption});
    parser.process(application);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty() || !ra::translations::install(application, language)) {
        ra::translations::installForLocale(application);
    }

    const ra::domain::SystemClock clock;
    const QString directory =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : ra::app::Workspace::defaultDirectory();
    auto workspace = ra::app::Workspace::open(directory, clock);
    if (!workspace) {
        ra::ui::Prompts::showError(nullptr, QApplication::translate("main", "RA Workstation"),
                                   workspace.error().userMessage, workspace.error().detail);
        return 2;
    }
    // R-ISS-3: issuances a crash interrupted are reconciled at start-up (too old ones voided); the
    // rest are completed by the next issuance the custodians run.
    (void)ra::app::IssuanceService(**workspace).reconcile();
    ra::ui::WorkstationShell shell(**workspace);
    if (!shell.signIn()) {
        return 0;
    }
    return QApplication::exec();
}

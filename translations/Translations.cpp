// SPDX-License-Identifier: Apache-2.0
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ra::translations {

namespace {
struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed() {
    static Installed state;
    return state;
}
} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString languageDisplayName(const QString& language) {
    // Each language is named in itself, so a user can find their own whatever is showing.
    return language == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English");
}

bool install(QCoreApplication& application, const QString& language) {
    if (!availableLanguages().contains(language)) {
        return false;
    }
    Installed& state = installed();
    for (auto* translator : {state.ours.get(), state.qt.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
    state.ours = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    if (state.ours->load(QStringLiteral(":/i18n/ra_workstation_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(state.ours.get());
    }
    if (language != QLatin1String("en") &&
        state.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(state.qt.get());
    }
    state.language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    Q_UNUSED(application);
    return true;
}

void installForLocale(QCoreApplication& application) {
    const QString fromEnvironment = qEnvironmentVariable("RA_LANGUAGE");
    const QString system = QLocale::system().name().left(2);
    install(application, availableLanguages().contains(fromEnvironment) ? fromEnvironment
                         : availableLanguages().contains(system)        ? system
                                                                        : QStringLiteral("en"));
}

QString currentLanguage() {
    return installed().language;
}

} // namespace ra::translations

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ra::translations {

// Languages the workstation speaks; Japanese is first-class (UI.md).
[[nodiscard]] QStringList availableLanguages(); // "en", "ja"
[[nodiscard]] QString languageDisplayName(const QString& language);

// Replaces the installed translators with those of `language` ("en" or "ja"), including Qt's own
// strings (dialog buttons). Returns false for an unknown language.
bool install(QCoreApplication& application, const QString& language);
// The language of the system locale when we speak it, else English.
void installForLocale(QCoreApplication& application);
[[nodiscard]] QString currentLanguage();

} // namespace ra::translations

// SPDX-License-Identifier: Apache-2.0
#include "app/EnrolmentCodes.h"

#include "crypto/Base32.h"
#include "crypto/Random.h"

namespace ra::app::enrolment_codes {

namespace {
constexpr int kPartLetters = 16;
constexpr int kGroup = 4;
} // namespace

QString newPart() {
    const QString letters = QString::fromLatin1(crypto::base32Encode(crypto::randomBytes(10)));
    QString grouped;
    for (int i = 0; i < letters.size(); i += kGroup) {
        grouped += (i == 0 ? QString() : QStringLiteral("-")) + letters.mid(i, kGroup);
    }
    return grouped;
}

QStringList partsOf(const QString& typed) {
    QString letters;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber()) {
            letters += c.toUpper();
        } else if (!c.isSpace() && c != QLatin1Char('-')) {
            return {};
        }
    }
    if (letters.isEmpty() || letters.size() % kPartLetters != 0) {
        return {};
    }
    QStringList parts;
    for (int i = 0; i < letters.size(); i += kPartLetters) {
        parts.append(letters.mid(i, kPartLetters));
    }
    return parts;
}

crypto::SecureBytes secretOf(const QString& part) {
    QString letters = part;
    letters.remove(QLatin1Char('-'));
    QByteArray bytes = letters.toUpper().toLatin1();
    return crypto::SecureBytes::takeFrom(bytes);
}

} // namespace ra::app::enrolment_codes

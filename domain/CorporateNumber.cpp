// SPDX-License-Identifier: Apache-2.0
#include "domain/CorporateNumber.h"

#include <QCoreApplication>

namespace ra::domain {

int CorporateNumber::checkDigit(QStringView base) {
    if (base.size() != kDigits - 1) {
        return -1;
    }
    int sum = 0;
    for (int n = 1; n <= kDigits - 1; ++n) {
        const QChar digit = base.at(base.size() - n);
        if (digit < QLatin1Char('0') || digit > QLatin1Char('9')) {
            return -1;
        }
        sum += (digit.unicode() - '0') * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
}

QString CorporateNumber::fromBase(QStringView base) {
    const int check = checkDigit(base);
    return check < 0 ? QString() : QString::number(check) + base.toString();
}

Result<QString> CorporateNumber::parse(QStringView text) {
    // NFKC turns full-width digits (０-９) and the full-width hyphen into ASCII.
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString digits;
    for (const QChar c : folded) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9') || digits.size() == kDigits) {
            return fail(
                QStringLiteral("corporate-number.format"),
                QCoreApplication::translate("CorporateNumber", "A corporate number is 13 digits: %1 is not one.")
                    .arg(text.left(40).toString()));
        }
        digits += c;
    }
    if (digits.size() != kDigits) {
        return fail(QStringLiteral("corporate-number.format"),
                    QCoreApplication::translate("CorporateNumber", "A corporate number is 13 digits: %1 is not one.")
                        .arg(text.left(40).toString()));
    }
    if (checkDigit(QStringView(digits).mid(1)) != digits.at(0).unicode() - '0') {
        return fail(
            QStringLiteral("corporate-number.check-digit"),
            QCoreApplication::translate("CorporateNumber", "The check digit of %1 is wrong: the number was mistyped.")
                .arg(digits));
    }
    return digits;
}

} // namespace ra::domain

// SPDX-License-Identifier: Apache-2.0
#include "app/SpoofChecker.h"

#include <unicode/uspoof.h>

#include <QVarLengthArray>

namespace ra::app {

void SpoofChecker::Close::operator()(USpoofChecker* checker) const noexcept {
    uspoof_close(checker);
}

SpoofChecker::SpoofChecker() {
    UErrorCode status = U_ZERO_ERROR;
    m_checker.reset(uspoof_open(&status));
    if (U_SUCCESS(status)) {
        uspoof_setChecks(m_checker.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &status);
        uspoof_setRestrictionLevel(m_checker.get(), USPOOF_HIGHLY_RESTRICTIVE);
    }
    if (U_FAILURE(status)) {
        m_checker.reset(); // ICU without its data: skeletons fall back to the folded text itself
    }
}

SpoofChecker::~SpoofChecker() = default;

QString SpoofChecker::skeleton(const QString& text) const {
    // Skeletons do not fold case; names are compared case-insensitively, so fold first.
    const QString folded = text.toCaseFolded();
    if (!m_checker) {
        return folded;
    }
    QVarLengthArray<UChar, 128> buffer(qMax<qsizetype>(folded.size() * 4, 16));
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uspoof_getSkeleton(m_checker.get(), 0, reinterpret_cast<const UChar*>(folded.utf16()),
                                        int32_t(folded.size()), buffer.data(), int32_t(buffer.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        buffer.resize(length);
        status = U_ZERO_ERROR;
        length = uspoof_getSkeleton(m_checker.get(), 0, reinterpret_cast<const UChar*>(folded.utf16()),
                                    int32_t(folded.size()), buffer.data(), int32_t(buffer.size()), &status);
    }
    // Folded again: the confusable data maps some characters to capitals ("0" to "O").
    return U_SUCCESS(status) ? QString(reinterpret_cast<const QChar*>(buffer.data()), length).toCaseFolded() : folded;
}

bool SpoofChecker::mixedScript(const QString& label) const {
    if (!m_checker) {
        return false;
    }
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(m_checker.get(), reinterpret_cast<const UChar*>(label.utf16()),
                                         int32_t(label.size()), nullptr, &status);
    return U_SUCCESS(status) && (result & (USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE)) != 0;
}

} // namespace ra::app

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"

#include <QLineEdit>

namespace ra::ui {

// What was typed in a password or PIN field, moved out of the widget: the field is cleared and
// the text's bytes wiped, so no secret stays in the window.
inline crypto::SecureBytes takeSecret(QLineEdit* edit) {
    QByteArray typed = edit->text().toUtf8();
    edit->clear();
    return crypto::SecureBytes::takeFrom(typed);
}

} // namespace ra::ui

// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PrivateTerminal.h"

#include <fcntl.h>
#include <unistd.h>

namespace ra::app {

std::unique_ptr<PrivateTerminal> PrivateTerminal::open() {
    if (!isatty(STDIN_FILENO)) {
        return nullptr;
    }
    const int descriptor = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (descriptor < 0) {
        return nullptr;
    }
    return std::unique_ptr<PrivateTerminal>(new PrivateTerminal(descriptor));
}

PrivateTerminal::~PrivateTerminal() {
    ::close(m_descriptor);
}

void PrivateTerminal::show(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n = ::write(m_descriptor, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            return;
        }
        written += n;
    }
}

void PrivateTerminal::waitForEnter(const QString& prompt) {
    show(prompt + QStringLiteral(" "));
    char c = 0;
    while (::read(m_descriptor, &c, 1) == 1 && c != '\n') {
    }
}

void PrivateTerminal::clear() {
    // Home, erase the screen, erase the scrollback (xterm, VTE and the Linux console).
    show(QStringLiteral("\033[H\033[2J\033[3J"));
}

} // namespace ra::app

// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PrivateTerminal.h"

#include <fcntl.h>
#include <termios.h>
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

KeyboardSignalsIgnored::KeyboardSignalsIgnored() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &m_interrupt);
    sigaction(SIGQUIT, &ignore, &m_quit);
    sigaction(SIGTSTP, &ignore, &m_stop);
}

KeyboardSignalsIgnored::~KeyboardSignalsIgnored() {
    sigaction(SIGINT, &m_interrupt, nullptr);
    sigaction(SIGQUIT, &m_quit, nullptr);
    sigaction(SIGTSTP, &m_stop, nullptr);
}

bool PrivateTerminal::show(QByteArrayView bytes) {
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n = ::write(m_descriptor, bytes.data() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            return false;
        }
        written += n;
    }
    return true;
}

bool PrivateTerminal::show(const QString& text) {
    return show(QByteArrayView(text.toUtf8()));
}

bool PrivateTerminal::waitForEnter(const QString& prompt) {
    tcflush(m_descriptor, TCIFLUSH); // typed before the prompt: not an answer to it
    if (!show(prompt + QStringLiteral(" "))) {
        return false;
    }
    char c = 0;
    while (::read(m_descriptor, &c, 1) == 1) {
        if (c == '\n') {
            return true;
        }
    }
    return false;
}

bool PrivateTerminal::clear() {
    // Home, erase the screen, erase the scrollback (xterm, VTE and the Linux console).
    return show(QByteArrayView("\033[H\033[2J\033[3J"));
}

} // namespace ra::app

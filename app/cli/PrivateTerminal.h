// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>

#include <csignal>
#include <memory>

namespace ra::app {

// The terminal the person at the keyboard sees, for what must reach one person's eyes and never
// a file or a pipe: a PIN share is shown there alone and the screen (with its scrollback) is
// cleared before anyone else looks (R-HSM-3). Answers are read from the same terminal.
class PrivateTerminal {
public:
    // Only when standard input is a terminal and /dev/tty opens; nullptr otherwise.
    [[nodiscard]] static std::unique_ptr<PrivateTerminal> open();
    ~PrivateTerminal();
    PrivateTerminal(const PrivateTerminal&) = delete;
    PrivateTerminal& operator=(const PrivateTerminal&) = delete;

    // False when the terminal no longer takes output.
    [[nodiscard]] bool show(const QString& text);
    [[nodiscard]] bool show(QByteArrayView bytes);
    // Waits for the Enter key, typed after the prompt appeared: whatever was typed before is
    // discarded, so an Enter pressed ahead never shows the next person's share. False at the end
    // of input.
    [[nodiscard]] bool waitForEnter(const QString& prompt);
    // Clears the screen and its scrollback.
    [[nodiscard]] bool clear();

private:
    explicit PrivateTerminal(int descriptor)
        : m_descriptor(descriptor) {}
    int m_descriptor = -1;
};

// While it lives, Ctrl-C, Ctrl-\ and Ctrl-Z do nothing, so a share is never left on a stopped
// screen; a closed terminal (hang-up) still ends the process.
class KeyboardSignalsIgnored {
public:
    KeyboardSignalsIgnored();
    ~KeyboardSignalsIgnored();
    KeyboardSignalsIgnored(const KeyboardSignalsIgnored&) = delete;
    KeyboardSignalsIgnored& operator=(const KeyboardSignalsIgnored&) = delete;

private:
    struct sigaction m_interrupt {};
    struct sigaction m_quit {};
    struct sigaction m_stop {};
};

} // namespace ra::app

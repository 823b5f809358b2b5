// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <memory>

namespace ra::app {

// The terminal the person at the keyboard sees, for what must reach one person's eyes and never
// a file, a pipe or a scrollback: a PIN share is shown there alone and the screen (with its
// scrollback) is cleared before anyone else looks (R-HSM-3). Answers are read from the same
// terminal.
class PrivateTerminal {
public:
    // Only when standard input is a terminal and /dev/tty opens; nullptr otherwise.
    [[nodiscard]] static std::unique_ptr<PrivateTerminal> open();
    ~PrivateTerminal();
    PrivateTerminal(const PrivateTerminal&) = delete;
    PrivateTerminal& operator=(const PrivateTerminal&) = delete;

    void show(const QString& text);
    // Waits for the Enter key (a line typed on the terminal).
    void waitForEnter(const QString& prompt);
    // Clears the screen and its scrollback.
    void clear();

private:
    explicit PrivateTerminal(int descriptor)
        : m_descriptor(descriptor) {}
    int m_descriptor = -1;
};

} // namespace ra::app

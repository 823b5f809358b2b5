// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace ra::ui {

// Questions the GUI asks the user in a dialog. Tests queue the next answer instead of clicking a
// native dialog (KeePassXC's "next answer" pattern); without one queued the real dialog shows.
class Prompts {
public:
    // A reason for returning, sending back or rejecting; nullopt when the user cancels.
    [[nodiscard]] static std::optional<QString> askReason(QWidget* parent, const QString& title, const QString& label);
    // A yes-or-no question; nullopt when cancelled. A queued answer "yes" means yes.
    [[nodiscard]] static std::optional<bool> askYesNo(QWidget* parent, const QString& title, const QString& question);
    // A package folder to import; empty when cancelled.
    [[nodiscard]] static QString askPackage(QWidget* parent);
    // A file to read (a document's new version); empty when cancelled.
    [[nodiscard]] static QString askOpenFile(QWidget* parent, const QString& title, const QString& filter);
    // A file to write an export to; empty when cancelled.
    [[nodiscard]] static QString askSaveFile(QWidget* parent, const QString& title, const QString& suggestedName);
    // Shows an error in plain words, with the technical detail one click away.
    static void showError(QWidget* parent, const QString& title, const QString& message, const QString& detail);

    // Queues the answer of the next prompt (several for a move that asks several questions).
    static void setNextAnswer(const std::optional<QString>& answer);
    // The last error shown, for tests.
    [[nodiscard]] static QString lastError();
};

} // namespace ra::ui

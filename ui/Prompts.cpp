// SPDX-License-Identifier: Apache-2.0
#include "ui/Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace ra::ui {

namespace {
struct TestHooks {
    bool hasAnswer = false;
    std::optional<QString> answer;
    QString lastError;
};

TestHooks& hooks() {
    static TestHooks state;
    return state;
}

bool takeAnswer(std::optional<QString>& out) {
    if (!hooks().hasAnswer) {
        return false;
    }
    out = hooks().answer;
    hooks().hasAnswer = false;
    return true;
}
} // namespace

void Prompts::setNextAnswer(const std::optional<QString>& answer) {
    hooks().hasAnswer = true;
    hooks().answer = answer;
}

QString Prompts::lastError() {
    return hooks().lastError;
}

std::optional<QString> Prompts::askReason(QWidget* parent, const QString& title, const QString& label) {
    std::optional<QString> answer;
    if (takeAnswer(answer)) {
        return answer;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text;
}

QString Prompts::askPackage(QWidget* parent) {
    std::optional<QString> answer;
    if (takeAnswer(answer)) {
        return answer.value_or(QString());
    }
    return QFileDialog::getExistingDirectory(parent, QObject::tr("Choose an application package folder"));
}

QString Prompts::askSaveFile(QWidget* parent, const QString& title, const QString& suggestedName) {
    std::optional<QString> answer;
    if (takeAnswer(answer)) {
        return answer.value_or(QString());
    }
    return QFileDialog::getSaveFileName(parent, title, suggestedName);
}

void Prompts::showError(QWidget* parent, const QString& title, const QString& message, const QString& detail) {
    hooks().lastError = message;
    if (hooks().hasAnswer) {
        hooks().hasAnswer = false; // a queued answer acknowledges the message
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    if (!detail.isEmpty()) {
        box.setDetailedText(detail);
    }
    box.exec();
}

} // namespace ra::ui

// SPDX-License-Identifier: Apache-2.0
#include "ui/Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QList>
#include <QMessageBox>

namespace ra::ui {

namespace {
struct TestHooks {
    QList<std::optional<QString>> answers; // in the order the prompts will ask
    QString lastError;
};

TestHooks& hooks() {
    static TestHooks state;
    return state;
}

bool takeAnswer(std::optional<QString>& out) {
    if (hooks().answers.isEmpty()) {
        return false;
    }
    out = hooks().answers.takeFirst();
    return true;
}
} // namespace

void Prompts::setNextAnswer(const std::optional<QString>& answer) {
    hooks().answers.append(answer);
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

std::optional<bool> Prompts::askYesNo(QWidget* parent, const QString& title, const QString& question) {
    std::optional<QString> answer;
    if (takeAnswer(answer)) {
        return answer ? std::optional<bool>(*answer == QLatin1String("yes")) : std::nullopt;
    }
    const auto button = QMessageBox::question(
        parent, title, question, QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (button == QMessageBox::Cancel) {
        return std::nullopt;
    }
    return button == QMessageBox::Yes;
}

QString Prompts::askPackage(QWidget* parent) {
    std::optional<QString> answer;
    if (takeAnswer(answer)) {
        return answer.value_or(QString());
    }
    return QFileDialog::getExistingDirectory(parent, QObject::tr("Choose an application package folder"));
}

QString Prompts::askOpenFile(QWidget* parent, const QString& title, const QString& filter) {
    std::optional<QString> answer;
    if (takeAnswer(answer)) {
        return answer.value_or(QString());
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
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
    if (!hooks().answers.isEmpty()) {
        hooks().answers.removeFirst(); // a queued answer acknowledges the message
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, parent);
    // Messages quote package text (names, file names): shown as typed, never as markup.
    box.setTextFormat(Qt::PlainText);
    box.setText(message);
    if (!detail.isEmpty()) {
        box.setDetailedText(detail);
    }
    box.exec();
}

} // namespace ra::ui

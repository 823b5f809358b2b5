// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

namespace ra::ui {

// Watches keyboard and mouse input application-wide and says when the user has been idle for
// the configured time, so the session can lock itself (R-ROLE-4).
class IdleLock : public QObject {
    Q_OBJECT

public:
    explicit IdleLock(int timeoutMilliseconds, QObject* parent = nullptr);
    ~IdleLock() override;

    void setTimeout(int milliseconds);
    void pause();
    void resume();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace ra::ui

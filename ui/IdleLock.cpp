// SPDX-License-Identifier: Apache-2.0
#include "ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace ra::ui {

IdleLock::IdleLock(int timeoutMilliseconds, QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock() {
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(int milliseconds) {
    m_timer.setInterval(milliseconds);
    m_timer.start();
}

void IdleLock::pause() {
    m_timer.stop();
}

void IdleLock::resume() {
    m_timer.start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive()) {
            m_timer.start(); // restart the countdown
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ra::ui

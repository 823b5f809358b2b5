// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace ra::domain {

// R-TIME-1: "now" is injected so that every dated rule can be tested on any date.
class IClock {
public:
    virtual ~IClock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public IClock {
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still unless moved; used by tests and by `ra-cli --at`.
class FixedClock final : public IClock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(now.toUTC()) {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace ra::domain

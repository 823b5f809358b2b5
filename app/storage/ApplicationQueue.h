// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Clock.h"
#include "domain/Error.h"

#include <QList>
#include <QPair>

#include <optional>

namespace ra::app {

class Database;

// What the queue shows of each application: one indexed query, fetched a page at a time.
struct QueueRow {
    qint64 id = 0;
    QString externalReference;
    QString organization;
    QString fqdns; // comma-separated
    domain::ApplicationState state = domain::ApplicationState::Received;
    QString officer;
    QDateTime receivedAt;
    bool highRisk = false;
};

struct QueueFilter {
    std::optional<domain::ApplicationState> state;
    qint64 officerId = 0; // 0: anyone
    int minAgeDays = 0;
    QString text; // reference, organization or FQDN contains
};

enum class QueueColumn { Id, Reference, Organization, Domains, State, Officer, Age, Risk };

class ApplicationQueue {
public:
    ApplicationQueue(Database& database, const domain::IClock& clock)
        : m_database(database)
        , m_clock(clock) {}

    [[nodiscard]] domain::Result<QList<QueueRow>> fetch(const QueueFilter& filter, QueueColumn sortColumn,
                                                        bool ascending, int offset, int limit) const;
    [[nodiscard]] domain::Result<qint64> count(const QueueFilter& filter) const;
    // Officers with their user ids, for the filter.
    [[nodiscard]] domain::Result<QList<QPair<qint64, QString>>> officers() const;

private:
    Database& m_database;
    const domain::IClock& m_clock;
};

} // namespace ra::app

// SPDX-License-Identifier: Apache-2.0
#include "ui/ApplicationQueueModel.h"

#include "ui/StatusIcons.h"

#include <QLocale>

namespace ra::ui {

namespace {
QString ageText(qint64 seconds) {
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    if (days > 0) {
        return QObject::tr("%1 d %2 h").arg(days).arg(hours);
    }
    return QObject::tr("%1 h %2 min").arg(hours).arg((seconds % 3600) / 60);
}
} // namespace

ApplicationQueueModel::ApplicationQueueModel(app::ApplicationQueue& queue, const domain::IClock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_clock(clock) {}

void ApplicationQueueModel::setFilter(const app::QueueFilter& filter) {
    m_filter = filter;
    reload();
}

void ApplicationQueueModel::reload() {
    beginResetModel();
    m_rows.clear();
    const auto total = m_queue.count(m_filter);
    m_total = total ? *total : 0;
    if (!total) {
        emit loadFailed(total.error().userMessage);
    }
    endResetModel();
    if (canFetchMore({})) {
        fetchMore({});
    }
}

qint64 ApplicationQueueModel::applicationId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ApplicationQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ApplicationQueueModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void ApplicationQueueModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const auto page = m_queue.fetch(m_filter, m_sortColumn, m_ascending, int(m_rows.size()), kPageSize);
    if (!page) {
        emit loadFailed(page.error().userMessage);
        m_total = m_rows.size();
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size(); // rows went away meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void ApplicationQueueModel::sort(int column, Qt::SortOrder order) {
    static const app::QueueColumn columns[] = {
        app::QueueColumn::Id,    app::QueueColumn::Reference, app::QueueColumn::Organization, app::QueueColumn::Domains,
        app::QueueColumn::State, app::QueueColumn::Officer,   app::QueueColumn::Age,          app::QueueColumn::Risk};
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = columns[column];
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

QVariant ApplicationQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const app::QueueRow& row = m_rows.at(index.row());
    if (role == IdRole) {
        return row.id;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return row.id;
        case ReferenceColumn:
            return row.externalReference;
        case OrganizationColumn:
            return row.organization;
        case DomainsColumn:
            return row.fqdns;
        case StateColumn:
            return domain::stateDisplayName(row.state);
        case OfficerColumn:
            return row.officer.isEmpty() ? tr("—") : row.officer;
        case AgeColumn:
            return ageText(row.receivedAt.secsTo(m_clock.nowUtc()));
        case RiskColumn:
            return row.highRisk ? tr("High") : QString();
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == RiskColumn && row.highRisk) {
        return namedIcon(QStringLiteral("risk"));
    }
    if (role == Qt::ToolTipRole && index.column() == AgeColumn) {
        return tr("Received %1 (%2 UTC)")
            .arg(QLocale().toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat),
                 row.receivedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ApplicationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("ID");
    case ReferenceColumn:
        return tr("Reference");
    case OrganizationColumn:
        return tr("Organization");
    case DomainsColumn:
        return tr("Domains");
    case StateColumn:
        return tr("State");
    case OfficerColumn:
        return tr("Officer");
    case AgeColumn:
        return tr("Age");
    case RiskColumn:
        return tr("Risk");
    default:
        return {};
    }
}

} // namespace ra::ui

// SPDX-License-Identifier: Apache-2.0
#include "app/KeyBlocklistService.h"

#include "app/Workspace.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ra::app {

using domain::fail;

std::optional<SqlKeyBlocklist::Kind> KeyBlocklistService::kindFromId(const QString& id) {
    for (auto kind : {SqlKeyBlocklist::Kind::SpkiSha256, SqlKeyBlocklist::Kind::Debian}) {
        if (SqlKeyBlocklist::kindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

domain::Result<BlocklistImport> KeyBlocklistService::importFile(const QString& path, SqlKeyBlocklist::Kind kind,
                                                                const domain::User& actor) {
    if (!actor.can(domain::Permission::ManageKeyBlocklist)) {
        return fail(
            QStringLiteral("blocklist.not-allowed"),
            QCoreApplication::translate("KeyBlocklistService", "Only an administrator may import key blocklists."));
    }
    QFile file(path);
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("blocklist.unreadable"),
                    QCoreApplication::translate("KeyBlocklistService", "%1 cannot be read.").arg(path),
                    file.errorString());
    }
    const QByteArray content = file.readAll();
    const QRegularExpression valuePattern(kind == SqlKeyBlocklist::Kind::SpkiSha256
                                              ? QStringLiteral("^[0-9a-fA-F]{64}$")
                                              : QStringLiteral("^[0-9a-fA-F]{20}$"));
    QStringList values;
    int lineNumber = 0;
    for (const QByteArray& raw : content.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromLatin1(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (!valuePattern.match(line).hasMatch()) {
            return fail(QStringLiteral("blocklist.bad-line"),
                        QCoreApplication::translate("KeyBlocklistService",
                                                    "Line %1 of %2 is not a %3 value; nothing was imported.")
                            .arg(lineNumber)
                            .arg(QFileInfo(path).fileName(), SqlKeyBlocklist::kindId(kind)),
                        line.left(80));
        }
        values << line.toLower();
    }
    BlocklistImport result{int(values.size()), 0};
    const QString source = QFileInfo(path).fileName() + QStringLiteral(" sha256:") + crypto::sha256Hex(content);
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto added = m_workspace.keyBlocklist().add(kind, values, source, actor.username,
                                                          domain::AuditEntry::formatTime(m_workspace.clock().nowUtc()));
        if (!added) {
            return std::unexpected(added.error());
        }
        result.added = *added;
        return m_workspace.audit().appendEvent(actor.username, domain::audit_event::BlocklistImported,
                                               {{QStringLiteral("kind"), SqlKeyBlocklist::kindId(kind)},
                                                {QStringLiteral("source"), source},
                                                {QStringLiteral("values"), result.lines},
                                                {QStringLiteral("new"), result.added}});
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return result;
}

} // namespace ra::app

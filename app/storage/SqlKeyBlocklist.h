// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/ports/IKeyBlocklist.h"

#include <QStringList>

namespace ra::app {

class Database;

// The blocklist of R-CSR-3 in the workspace database.
class SqlKeyBlocklist final : public domain::IKeyBlocklist {
public:
    enum class Kind { SpkiSha256, Debian };

    explicit SqlKeyBlocklist(Database& database)
        : m_database(database) {}

    [[nodiscard]] bool containsSpkiSha256(const QString& hex) const override;
    [[nodiscard]] bool containsDebianFingerprint(const QString& fingerprint) const override;

    // Adds values (already checked) inside the caller's transaction; returns how many were new.
    [[nodiscard]] domain::Result<int> add(Kind kind, const QStringList& values, const QString& source,
                                          const QString& actor, const QString& at);
    [[nodiscard]] domain::Result<qint64> count(Kind kind) const;
    [[nodiscard]] static QString kindId(Kind kind);

private:
    [[nodiscard]] bool contains(Kind kind, const QString& value) const;
    Database& m_database;
};

} // namespace ra::app

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Dcv.h"
#include "domain/Error.h"

namespace ra::app {

class Database;
class RecordSeals;

// Domain validation attempts in the workspace database (R-DCV-4); writes run inside the caller's
// transaction, and attempts are never deleted.
class SqlDcvAttempts {
public:
    SqlDcvAttempts(Database& database, RecordSeals& seals)
        : m_database(database)
        , m_seals(seals) {}

    [[nodiscard]] domain::Result<domain::DcvAttempt> byId(qint64 attemptId) const;
    [[nodiscard]] domain::Result<QList<domain::DcvAttempt>> forApplication(qint64 applicationId) const;
    // Every passed attempt for `fqdn`, of any application, oldest first (R-DOC-2 reuse).
    [[nodiscard]] domain::Result<QList<domain::DcvAttempt>> passedFor(const QString& fqdn) const;
    // Inserts a new attempt (setting its id) or writes the status and observation of a stored one.
    [[nodiscard]] domain::Status save(domain::DcvAttempt& attempt);
    // The emails of an email-method attempt, in the order they were planned.
    [[nodiscard]] domain::Result<QList<domain::DcvEmail>> emails(qint64 attemptId) const;
    // Inserts a planned email (setting its id) or writes what became of a stored one.
    [[nodiscard]] domain::Status saveEmail(domain::DcvEmail& email);

private:
    // The attempts matching `where` (one placeholder, bound to `value`), oldest first.
    [[nodiscard]] domain::Result<QList<domain::DcvAttempt>> select(const QString& where, const QVariant& value) const;
    Database& m_database;
    RecordSeals& m_seals; // every write of a sealed table is sealed in its transaction
};

} // namespace ra::app

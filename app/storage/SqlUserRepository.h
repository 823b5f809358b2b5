// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/IUserRepository.h"

namespace ra::crypto {
class SecretSealer;
}

namespace ra::app {

class Database;

// Users and their credentials. TOTP seeds are stored sealed under the workspace's secrets.key,
// bound to the user's id (issue 12 item 8): a copy of the database alone does not give them.
class SqlUserRepository final : public domain::IUserRepository {
public:
    SqlUserRepository(Database& database, const crypto::SecretSealer& sealer)
        : m_database(database)
        , m_sealer(sealer) {}

    [[nodiscard]] domain::Result<qint64> add(const domain::User& user,
                                             const domain::UserCredentials& credentials) override;
    [[nodiscard]] domain::Result<domain::User> byUsername(const QString& username) override;
    [[nodiscard]] domain::Result<domain::User> byId(qint64 id) override;
    [[nodiscard]] domain::Result<domain::UserCredentials> credentials(qint64 userId) override;
    [[nodiscard]] domain::Status update(const domain::User& user) override;
    [[nodiscard]] domain::Status updateCredentials(qint64 userId, const domain::UserCredentials& credentials) override;
    [[nodiscard]] domain::Status storeApprovalKeyCertification(qint64 userId, const QByteArray& publicKey,
                                                               const QByteArray& certification,
                                                               const QDateTime& certifiedAt) override;
    [[nodiscard]] domain::Result<QList<domain::User>> all() override;
    [[nodiscard]] domain::Result<int> count() override;

    // Once, when the workspace's secrets.key is made: seeds stored before sealing existed are
    // sealed. Afterwards a seed that is not sealed is never used.
    [[nodiscard]] domain::Status sealPlaintextSeeds();

private:
    [[nodiscard]] domain::Status storeSeed(qint64 userId, const QByteArray& seed);
    [[nodiscard]] domain::Result<domain::User> one(const QString& where, const QVariant& value);
    Database& m_database;
    const crypto::SecretSealer& m_sealer;
};

} // namespace ra::app

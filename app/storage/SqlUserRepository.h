// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/IUserRepository.h"

namespace ra::app {

class Database;

class SqlUserRepository final : public domain::IUserRepository {
public:
    explicit SqlUserRepository(Database& database)
        : m_database(database) {}

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

private:
    [[nodiscard]] domain::Result<domain::User> one(const QString& where, const QVariant& value);
    Database& m_database;
};

} // namespace ra::app

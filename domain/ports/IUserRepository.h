// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/User.h"

#include <QList>

namespace ra::domain {

// What proves a user is who they say. Kept apart from User so that it never travels to the UI.
struct UserCredentials {
    QString passwordHash;    // encoded memory-hard hash (R-ROLE-4)
    QByteArray totpSecret;   // raw secret; empty for accounts without a second factor
    qint64 lastTotpStep = 0; // the last accepted RFC 6238 time step, so a code works only once
    // R-APR-2: the key approvals are signed with; the private half sealed under the password.
    QByteArray approvalPublicKey;
    QByteArray approvalPrivateKeySealed;
    // R-APR-2: the HSM audit key's signature over approverKeyStatement(...) for this public key,
    // and when it was made; empty until custodians' activation certifies the key.
    QByteArray approvalKeyCertification;
    QDateTime approvalKeyCertifiedAt;
    // R-ROLE-4: hashes of the one-time enrolment code's halves (the creating administrator's and,
    // for a grant that needs one, the confirming administrator's) and when the code expires;
    // empty once the holder has enrolled.
    QString enrolmentCodeHash;
    QString confirmationCodeHash;
    QDateTime enrolmentExpiresAt;
    // A seed is stored but cannot be opened (the workspace's secrets.key is not the one it was
    // sealed with, or the stored value was altered): the second factor fails, and says why.
    bool totpSeedUnreadable = false;
};

class IUserRepository {
public:
    virtual ~IUserRepository() = default;
    [[nodiscard]] virtual Result<qint64> add(const User& user, const UserCredentials& credentials) = 0;
    [[nodiscard]] virtual Result<User> byUsername(const QString& username) = 0;
    [[nodiscard]] virtual Result<User> byId(qint64 id) = 0;
    [[nodiscard]] virtual Result<UserCredentials> credentials(qint64 userId) = 0;
    [[nodiscard]] virtual Status update(const User& user) = 0; // role, flags, lockout counters
    [[nodiscard]] virtual Status updateCredentials(qint64 userId, const UserCredentials& credentials) = 0;
    // Stores the HSM's certification of the user's approval key, only while that is still their key.
    [[nodiscard]] virtual Status storeApprovalKeyCertification(qint64 userId, const QByteArray& publicKey,
                                                               const QByteArray& certification,
                                                               const QDateTime& certifiedAt) = 0;
    [[nodiscard]] virtual Result<QList<User>> all() = 0;
    [[nodiscard]] virtual Result<int> count() = 0;
};

} // namespace ra::domain

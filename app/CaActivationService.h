// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Pkcs11Token.h"
#include "crypto/SecureBytes.h"
#include "crypto/SigningModule.h"
#include "domain/Error.h"

#include <memory>
#include <vector>

namespace ra::app {

class Workspace;

// What one Key Custodian brings to the ceremony. Secrets are wiped when this is destroyed.
struct CustodianSecrets {
    QString username;
    crypto::SecureBytes password;
    QString totpCode;
    crypto::SecureBytes pinShare; // "<x>-<hex>", from `ca split-pin` (demo: demo-credentials.json)
};

// One share of the token PIN and the custodian it is for, and only for (R-HSM-3).
struct PinShare {
    QString custodian;
    QByteArray share;
};

// A PIN rotation under way (`ca split-pin`): the token logged in with the old PIN, the new PIN
// and its shares made. The token's PIN changes only at commit(), once every share was handed
// out, so a hand-out that is interrupted leaves the old PIN and the old shares working.
class PinRotation {
public:
    ~PinRotation();
    PinRotation(const PinRotation&) = delete;
    PinRotation& operator=(const PinRotation&) = delete;

    // One share for each recipient, in their order; wiped when the rotation goes.
    [[nodiscard]] QList<PinShare>& shares() { return m_shares; }
    [[nodiscard]] QStringList holders() const;
    // Changes the token's PIN to the new one, audited first (ca.pin_split); nothing changes
    // when the audit entry cannot be written.
    [[nodiscard]] domain::Status commit();
    // Leaves the old PIN; audited with `reason` (ca.pin_split_abandoned).
    void abandon(const QString& reason);

private:
    friend class CaActivationService;
    PinRotation(Workspace& workspace, std::unique_ptr<crypto::Pkcs11Token> token, crypto::SecureBytes oldPin,
                crypto::SecureBytes newPin, QStringList ceremony, QList<PinShare> shares);
    Workspace& m_workspace;
    std::unique_ptr<crypto::Pkcs11Token> m_token;
    crypto::SecureBytes m_oldPin;
    crypto::SecureBytes m_newPin;
    QStringList m_ceremony;
    QList<PinShare> m_shares;
};

// Who an audit entry of a signing session names as its actor: the first custodian (the entry
// lists both).
[[nodiscard]] inline QString ceremonyActor(const QStringList& custodians) {
    return custodians.value(0, QStringLiteral("system"));
}

// R-HSM-2, R-HSM-3: the CA key is activated only by two different Key Custodians together, each
// authenticated with password and one-time code; their shares make the token PIN, which exists
// only for the login. Every activation, failure and deactivation is audited.
class CaActivationService {
public:
    explicit CaActivationService(Workspace& workspace)
        : m_workspace(workspace) {}

    // The token, logged in, or the reason it is not.
    [[nodiscard]] domain::Result<std::unique_ptr<crypto::Pkcs11Token>> activate(CustodianSecrets first,
                                                                                CustodianSecrets second);
    // The signing module on the activated token, with the workspace's CA (DESIGN.md: activation
    // does not outlive the command or the window that asked for it).
    [[nodiscard]] domain::Result<std::unique_ptr<crypto::SigningModule>> openSigningModule(CustodianSecrets first,
                                                                                           CustodianSecrets second);
    // Ends a signing session: audited, a checkpoint of the audit log signed (R-AUD-2), logged out.
    void deactivate(crypto::SigningModule& module, const QString& reason);
    // `ca split-pin`: two custodians activate, a new random PIN is made and split 2-of-N, one share
    // for each of `recipients` in that order; the front end hands the shares out and commits.
    // Each recipient is a different enabled Key Custodian who has signed in (password and one-time
    // code; the two activating custodians sign in by activating) before anything is made.
    [[nodiscard]] domain::Result<std::unique_ptr<PinRotation>>
    beginPinRotation(CustodianSecrets first, CustodianSecrets second, std::vector<CustodianSecrets> recipients);
    // beginPinRotation and commit at once; the old shares stop working.
    [[nodiscard]] domain::Result<QList<PinShare>> rotatePin(CustodianSecrets first, CustodianSecrets second,
                                                            std::vector<CustodianSecrets> recipients);
    // R-HSM-3: the custodians who are to receive shares, at least two, each named once (in any
    // case), each an enabled Key Custodian, and each signed in now with password and one-time code
    // unless listed in `signedIn` (they sign in otherwise in the same ceremony). Refusals are
    // audited under `ceremony`'s names; the passwords are wiped.
    [[nodiscard]] domain::Status verifyShareRecipients(std::vector<CustodianSecrets>& recipients,
                                                       const QStringList& signedIn, const QStringList& ceremony);

    // Where the workspace's CA key lives (the hsm settings).
    [[nodiscard]] QString keyLabel() const;

private:
    friend class PinRotation;
    // Both custodians authenticated and allowed; their shares combined (refusals audited).
    [[nodiscard]] domain::Result<crypto::SecureBytes> combinedPin(CustodianSecrets& first, CustodianSecrets& second,
                                                                  const QStringList& names);
    [[nodiscard]] domain::Result<std::unique_ptr<crypto::Pkcs11Token>> loggedInToken(crypto::SecureBytes pin,
                                                                                     const QStringList& names);
    [[nodiscard]] domain::Status refuse(const QString& code, const QString& message, const QStringList& custodians,
                                        const QString& detail = {});
    Workspace& m_workspace;
};

} // namespace ra::app

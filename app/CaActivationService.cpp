// SPDX-License-Identifier: Apache-2.0
#include "app/CaActivationService.h"

#include "app/ApproverKeyCertifier.h"
#include "app/AuditLogService.h"
#include "app/AuthService.h"
#include "app/CaSetupService.h"
#include "app/Workspace.h"
#include "crypto/Random.h"
#include "crypto/SecretSharing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QScopeGuard>

namespace ra::app {

namespace event = domain::audit_event;

QString CaActivationService::keyLabel() const {
    return m_workspace.settings().keyLabel;
}

domain::Status CaActivationService::refuse(const QString& code, const QString& message, const QStringList& custodians,
                                           const QString& detail) {
    // No secret goes into the audit entry: who, what failed, and the technical reason.
    (void)m_workspace.record(custodians.value(0, QStringLiteral("unknown")), event::CaActivationFailed,
                             {{QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("detail"), detail}});
    return domain::fail(code, message, detail);
}

domain::Result<crypto::SecureBytes> CaActivationService::combinedPin(CustodianSecrets& first, CustodianSecrets& second,
                                                                     const QStringList& names) {
    if (first.username.isEmpty() || second.username.isEmpty()) {
        return std::unexpected(
            refuse(QStringLiteral("ca.two-custodians"),
                   QCoreApplication::translate("CaActivationService",
                                               "Two Key Custodians are needed to activate the CA key."),
                   names)
                .error());
    }
    if (first.username == second.username) {
        return std::unexpected(
            refuse(QStringLiteral("ca.same-custodian"),
                   QCoreApplication::translate("CaActivationService",
                                               "The second custodian must be a different person from the first."),
                   names)
                .error());
    }
    AuthService auth(m_workspace);
    for (CustodianSecrets* custodian : {&first, &second}) {
        const auto user = auth.login(custodian->username, custodian->password, custodian->totpCode);
        custodian->password.clear();
        if (!user) {
            return std::unexpected(refuse(QStringLiteral("ca.custodian-auth"), user.error().userMessage, names,
                                          custodian->username + QStringLiteral(": ") + user.error().code)
                                       .error());
        }
        if (!user->keyCustodian || !domain::mayBeKeyCustodian(user->role)) {
            return std::unexpected(
                refuse(QStringLiteral("ca.not-custodian"),
                       QCoreApplication::translate("CaActivationService", "%1 is not a Key Custodian.")
                           .arg(custodian->username),
                       names)
                    .error());
        }
    }
    const auto toShare = [](const crypto::SecureBytes& secret) {
        return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
    };
    QByteArray shareA = toShare(first.pinShare);
    QByteArray shareB = toShare(second.pinShare);
    std::optional<crypto::SecureBytes> pin = crypto::SecretSharing::combine({shareA, shareB});
    crypto::wipe(shareA);
    crypto::wipe(shareB);
    first.pinShare.clear();
    second.pinShare.clear();
    if (!pin) {
        return std::unexpected(
            refuse(QStringLiteral("ca.bad-share"),
                   QCoreApplication::translate("CaActivationService",
                                               "The PIN shares are malformed or from the same custodian."),
                   names)
                .error());
    }
    return std::move(*pin);
}

domain::Result<std::unique_ptr<crypto::Pkcs11Token>> CaActivationService::loggedInToken(crypto::SecureBytes pin,
                                                                                        const QStringList& names) {
    const WorkspaceSettings& settings = m_workspace.settings();
    m_workspace.exportHsmEnvironment();
    auto token = crypto::Pkcs11Token::open(settings.hsmModule, settings.tokenLabel);
    if (!token) {
        return std::unexpected(
            refuse(token.error().code, token.error().userMessage, names, token.error().detail).error());
    }
    if (auto loggedIn = (*token)->login(std::move(pin)); !loggedIn) {
        // A wrong share gives a wrong PIN: the token refuses it and counts the failure.
        return std::unexpected(
            refuse(loggedIn.error().code, loggedIn.error().userMessage, names, loggedIn.error().detail).error());
    }
    return token;
}

domain::Result<std::unique_ptr<crypto::Pkcs11Token>> CaActivationService::activate(CustodianSecrets first,
                                                                                   CustodianSecrets second) {
    const QStringList names{first.username, second.username};
    auto pin = combinedPin(first, second, names);
    if (!pin) {
        return std::unexpected(pin.error());
    }
    auto token = loggedInToken(std::move(*pin), names);
    if (!token) {
        return token;
    }
    (void)m_workspace.record(names.front(), event::CaActivated,
                             {{QStringLiteral("custodians"), QJsonArray::fromStringList(names)},
                              {QStringLiteral("token"), m_workspace.settings().tokenLabel}});
    return token;
}

domain::Status CaActivationService::verifyShareRecipients(std::vector<CustodianSecrets>& recipients,
                                                          const QStringList& signedIn, const QStringList& ceremony) {
    const auto wipeAll = qScopeGuard([&] {
        for (CustodianSecrets& recipient : recipients) {
            recipient.password.clear();
        }
    });
    if (recipients.size() < 2) {
        return refuse(
            QStringLiteral("ca.two-custodians"),
            QCoreApplication::translate("CaActivationService", "The PIN must be split among at least two custodians."),
            ceremony);
    }
    // Two shares in one person's hands are the whole PIN: each share goes to another custodian.
    QStringList distinct;
    for (const CustodianSecrets& recipient : recipients) {
        if (distinct.contains(recipient.username, Qt::CaseInsensitive)) {
            return refuse(QStringLiteral("ca.custodians-distinct"),
                          QCoreApplication::translate("CaActivationService",
                                                      "%1 is named twice: each share of the PIN goes "
                                                      "to a different custodian.")
                              .arg(recipient.username),
                          ceremony);
        }
        distinct << recipient.username;
    }
    for (const CustodianSecrets& recipient : recipients) {
        const auto user = m_workspace.users().byUsername(recipient.username);
        if (!user || !user->keyCustodian || !domain::mayBeKeyCustodian(user->role) || !user->isActive()) {
            return refuse(QStringLiteral("ca.not-custodian"),
                          QCoreApplication::translate("CaActivationService", "%1 is not a Key Custodian.")
                              .arg(recipient.username),
                          ceremony);
        }
    }
    // A share is for someone present who proves who they are, not for a name typed by another.
    AuthService auth(m_workspace);
    for (CustodianSecrets& recipient : recipients) {
        if (signedIn.contains(recipient.username, Qt::CaseInsensitive)) {
            continue;
        }
        const auto user = auth.login(recipient.username, recipient.password, recipient.totpCode);
        recipient.password.clear();
        if (!user) {
            return refuse(QStringLiteral("ca.recipient-auth"),
                          QCoreApplication::translate("CaActivationService", "%1 did not sign in, so gets no share: %2")
                              .arg(recipient.username, user.error().userMessage),
                          ceremony, recipient.username + QStringLiteral(": ") + user.error().code);
        }
    }
    return {};
}

domain::Result<std::unique_ptr<PinRotation>>
CaActivationService::beginPinRotation(CustodianSecrets first, CustodianSecrets second,
                                      std::vector<CustodianSecrets> recipients) {
    const QStringList names{first.username, second.username};
    if (auto verified = verifyShareRecipients(recipients, names, names); !verified) {
        return std::unexpected(verified.error());
    }
    auto pin = combinedPin(first, second, names);
    if (!pin) {
        return std::unexpected(pin.error());
    }
    crypto::SecureBytes oldPin = pin->copy();
    auto token = loggedInToken(std::move(*pin), names);
    if (!token) {
        return std::unexpected(token.error());
    }
    // A fresh PIN that nobody ever sees whole; only its shares leave the rotation (R-HSM-3).
    QByteArray text = crypto::randomText(12);
    crypto::SecureBytes newPin = crypto::SecureBytes::takeFrom(text);
    QStringList holders;
    for (const CustodianSecrets& recipient : recipients) {
        holders << recipient.username;
    }
    const QList<QByteArray> split = crypto::SecretSharing::split(newPin, 2, int(holders.size()));
    if (split.size() != holders.size()) {
        return std::unexpected(
            refuse(QStringLiteral("ca.split"),
                   QCoreApplication::translate("CaActivationService", "The PIN cannot be split among %n custodians.",
                                               nullptr, int(holders.size())),
                   names)
                .error());
    }
    QList<PinShare> shares;
    for (qsizetype i = 0; i < holders.size(); ++i) {
        shares.append({holders.at(i), split.at(i)});
    }
    // The old PIN is proven; the CA key is not left usable while people take turns at the screen.
    (*token)->logout();
    return std::unique_ptr<PinRotation>(new PinRotation(m_workspace, std::move(*token), std::move(oldPin),
                                                        std::move(newPin), names, std::move(shares)));
}

domain::Result<QList<PinShare>> CaActivationService::rotatePin(CustodianSecrets first, CustodianSecrets second,
                                                               std::vector<CustodianSecrets> recipients) {
    auto rotation = beginPinRotation(std::move(first), std::move(second), std::move(recipients));
    if (!rotation) {
        return std::unexpected(rotation.error());
    }
    QList<PinShare> shares = (*rotation)->shares();
    if (auto committed = (*rotation)->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return shares;
}

PinRotation::PinRotation(Workspace& workspace, std::unique_ptr<crypto::Pkcs11Token> token, crypto::SecureBytes oldPin,
                         crypto::SecureBytes newPin, QStringList ceremony, QList<PinShare> shares)
    : m_workspace(workspace)
    , m_token(std::move(token))
    , m_oldPin(std::move(oldPin))
    , m_newPin(std::move(newPin))
    , m_ceremony(std::move(ceremony))
    , m_shares(std::move(shares)) {}

PinRotation::~PinRotation() {
    for (PinShare& share : m_shares) {
        crypto::wipe(share.share);
    }
    if (m_token) {
        m_token->logout();
    }
}

QStringList PinRotation::holders() const {
    QStringList names;
    for (const PinShare& share : m_shares) {
        names << share.custodian;
    }
    return names;
}

domain::Status PinRotation::commit() {
    if (!m_token) {
        return domain::fail(QStringLiteral("ca.rotation-ended"),
                            QCoreApplication::translate("CaActivationService", "This PIN rotation has ended."));
    }
    const std::unique_ptr<crypto::Pkcs11Token> token = std::move(m_token);
    // Recorded first: a change of the PIN the log cannot show does not happen.
    if (auto recorded = m_workspace.record(m_ceremony.front(), event::PinSplit,
                                           {{QStringLiteral("custodians"), QJsonArray::fromStringList(m_ceremony)},
                                            {QStringLiteral("shares_for"), QJsonArray::fromStringList(holders())},
                                            {QStringLiteral("threshold"), 2}});
        !recorded) {
        return recorded;
    }
    domain::Status changed = token->login(m_oldPin.copy());
    if (changed) {
        changed = token->changePin(std::move(m_oldPin), m_newPin.copy());
    }
    token->logout();
    if (!changed) {
        return CaActivationService(m_workspace)
            .refuse(changed.error().code,
                    QCoreApplication::translate("CaActivationService",
                                                "The token's PIN was not changed: the old shares still work; "
                                                "destroy the new ones."),
                    m_ceremony, changed.error().detail);
    }
    return {};
}

void PinRotation::abandon(const QString& reason) {
    if (m_token) {
        m_token->logout();
        m_token.reset();
    }
    (void)m_workspace.record(m_ceremony.front(), event::PinSplitAbandoned,
                             {{QStringLiteral("custodians"), QJsonArray::fromStringList(m_ceremony)},
                              {QStringLiteral("shares_for"), QJsonArray::fromStringList(holders())},
                              {QStringLiteral("reason"), reason}});
}

domain::Result<std::unique_ptr<crypto::SigningModule>> CaActivationService::openSigningModule(CustodianSecrets first,
                                                                                              CustodianSecrets second) {
    const auto identity = CaSetupService(m_workspace).identity();
    if (!identity) {
        return std::unexpected(identity.error());
    }
    const QStringList ceremonyCustodians{first.username, second.username};
    auto token = activate(std::move(first), std::move(second));
    if (!token) {
        return std::unexpected(token.error());
    }
    auto module = crypto::SigningModule::open(std::move(*token), *identity);
    if (!module) {
        return module;
    }
    // The custodians are here with the token active: approvers' new keys get certified now (R-APR-2).
    if (auto certified = ApproverKeyCertifier(m_workspace).certifyPending(**module, ceremonyCustodians); !certified) {
        return std::unexpected(certified.error());
    }
    // R-AUD-2: the log as it stands at activation, signed outside the database's reach.
    if (auto checkpoint = AuditLogService(m_workspace).checkpoint(**module, QStringLiteral("activation"));
        !checkpoint) {
        return std::unexpected(checkpoint.error());
    }
    return module;
}

void CaActivationService::deactivate(crypto::SigningModule& module, const QString& reason) {
    (void)m_workspace.record(QStringLiteral("system"), event::CaDeactivated, {{QStringLiteral("reason"), reason}});
    // A failure is audited by checkpoint() itself (an HSM lost mid-session cannot sign one).
    (void)AuditLogService(m_workspace).checkpoint(module, QStringLiteral("end of session"));
    module.token().logout();
}

} // namespace ra::app

// SPDX-License-Identifier: Apache-2.0
// R-HSM-2, R-HSM-3 against a real SoftHSM2 token through libp11: the CA key is activated only by
// two different Key Custodians, each with password and one-time code, whose shares make the PIN.
#include "app/CaActivationService.h"
#include "app/DemoWorkspace.h"
#include "crypto/Base32.h"
#include "crypto/Totp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestCaActivation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    domain::FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<app::Workspace> m_workspace;
    QHash<QString, QJsonObject> m_users;

    static crypto::SecureBytes secret(const QString& text) {
        QByteArray bytes = text.toUtf8();
        return crypto::SecureBytes::takeFrom(bytes);
    }

    // What a custodian types; each call is a fresh TOTP step, since a code is accepted once.
    app::CustodianSecrets custodian(const QString& name, const QString& shareOverride = {}) {
        m_clock.advanceSeconds(30);
        const QJsonObject user = m_users.value(name);
        QByteArray seed = *crypto::base32Decode(user[QStringLiteral("totp_secret")].toString().toLatin1());
        app::CustodianSecrets secrets;
        secrets.username = name;
        secrets.password = secret(user[QStringLiteral("password")].toString());
        secrets.totpCode = crypto::Totp::code(crypto::SecureBytes::takeFrom(seed), m_clock.nowUtc().toSecsSinceEpoch());
        secrets.pinShare =
            secret(shareOverride.isEmpty() ? user[QStringLiteral("pin_share")].toString() : shareOverride);
        return secrets;
    }

    qint64 count(const QString& sql) {
        QSqlQuery query(m_workspace->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    QString expectRefused(app::CustodianSecrets first, app::CustodianSecrets second) {
        const qint64 failures =
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.activation_failed'"));
        auto token = app::CaActivationService(*m_workspace).activate(std::move(first), std::move(second));
        [&] { QVERIFY(!token); }();
        [&] {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.activation_failed'")),
                     failures + 1);
        }();
        return token ? QString() : token.error().code;
    }

private slots:
    void initTestCase() {
        auto created = app::DemoWorkspace::create(m_dir.filePath(QStringLiteral("demo")), m_clock);
        QVERIFY2(created, created ? "" : qPrintable(created.error().detail));
        m_workspace = std::move(*created);
        QFile file(QDir(m_workspace->directory()).filePath(QStringLiteral("demo-credentials.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue& user : QJsonDocument::fromJson(file.readAll())[QStringLiteral("users")].toArray()) {
            m_users.insert(user[QStringLiteral("user")].toString(), user.toObject());
        }
    }

    void twoCustodiansActivateTheKey_R_HSM_2() {
        app::CaActivationService service(*m_workspace);
        auto module = service.openSigningModule(custodian(QStringLiteral("sato")), custodian(QStringLiteral("tanaka")));
        QVERIFY2(module,
                 module ? "" : qPrintable(module.error().userMessage + QStringLiteral(" / ") + module.error().detail));
        crypto::Pkcs11Token& token = (*module)->token();
        QVERIFY(token.isLoggedIn());
        const QByteArray challenge("challenge");
        const auto signature = token.signSha256(service.keyLabel(), challenge);
        QVERIFY(signature);
        QVERIFY(*token.verifySha256(service.keyLabel(), challenge, *signature));
        QVERIFY(!*token.verifySha256(service.keyLabel(), QByteArray("other"), *signature));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.activated' "
                                      "AND details LIKE '%sato%' AND details LIKE '%tanaka%'")),
                 1);
        // R-AUD-2: a checkpoint at activation and one at the session's end.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints WHERE reason = 'activation'")), 1);

        service.deactivate(**module, QStringLiteral("test"));
        QVERIFY(!token.isLoggedIn());
        QCOMPARE(token.signSha256(service.keyLabel(), challenge).error().code, QStringLiteral("hsm.not-activated"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.deactivated'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints WHERE reason = 'end of session'")), 1);
    }

    void anyTwoCustodiansWillDo() {
        auto token = app::CaActivationService(*m_workspace)
                         .activate(custodian(QStringLiteral("yamada")), custodian(QStringLiteral("sato")));
        QVERIFY(token);
    }

    void theSameCustodianTwiceIsRefused() {
        QCOMPARE(expectRefused(custodian(QStringLiteral("sato")), custodian(QStringLiteral("sato"))),
                 QStringLiteral("ca.same-custodian"));
    }

    void aMissingCustodianIsRefused() {
        QCOMPARE(expectRefused(custodian(QStringLiteral("sato")), app::CustodianSecrets{}),
                 QStringLiteral("ca.two-custodians"));
    }

    void someoneWhoIsNotACustodianIsRefused() {
        // suzuki is an officer without the Key Custodian flag; tanaka's share alone is not enough anyway.
        QCOMPARE(
            expectRefused(custodian(QStringLiteral("tanaka")),
                          custodian(QStringLiteral("suzuki"),
                                    m_users.value(QStringLiteral("sato"))[QStringLiteral("pin_share")].toString())),
            QStringLiteral("ca.not-custodian"));
    }

    void aWrongOneTimeCodeIsRefused() {
        app::CustodianSecrets second = custodian(QStringLiteral("tanaka"));
        second.totpCode = QStringLiteral("000000");
        QCOMPARE(expectRefused(custodian(QStringLiteral("sato")), std::move(second)),
                 QStringLiteral("ca.custodian-auth"));
    }

    void aWrongShareIsRefusedByTheToken_R_HSM_2() {
        QString share = m_users.value(QStringLiteral("tanaka"))[QStringLiteral("pin_share")].toString();
        share[share.size() - 1] = share.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QCOMPARE(expectRefused(custodian(QStringLiteral("sato")), custodian(QStringLiteral("tanaka"), share)),
                 QStringLiteral("hsm.login"));
    }

    void noSecretReachesTheAuditLog_R_HSM_3() {
        for (const QJsonObject& user : std::as_const(m_users)) {
            for (const char* field : {"password", "pin_share"}) {
                const QString value = user[QString::fromLatin1(field)].toString();
                if (!value.isEmpty()) {
                    QCOMPARE(
                        count(
                            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE instr(details, '%1') > 0").arg(value)),
                        0);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCaActivation)
#include "TestCaActivation.moc"

// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 8, as another local user or a crash would expose them: the workspace's files are
// created readable by their owner only, from the first byte (no chmod after writing), and the
// process makes no core dump, and lets no same-user debugger in, while the CA key is active; the
// TOTP seeds are sealed under secrets.key, which is not in the database, each for its own row.
#include "app/AuthService.h"
#include "app/CaActivationService.h"
#include "crypto/Base32.h"
#include "crypto/SecretSealer.h"
#include "crypto/Totp.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/OutsideSql.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace ra;

class TestLocalSecretsAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

private slots:
    void initTestCase() {
        // A permissive umask, as a careless login shell has: the workspace must not inherit it.
        ::umask(022);
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void nothingInTheWorkspaceIsReadableByOthers() {
        const QString root = m_demo->workspace().directory();
        QStringList exposed;
        int checked = 0;
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.startsWith(QStringLiteral("lab"))) {
                continue; // the demo lab's servers read their own files
            }
            struct stat status {};
            QVERIFY(::lstat(QFile::encodeName(path).constData(), &status) == 0);
            // Documents are shared read-only with the owner's group by design; nothing is for others.
            const mode_t forbidden = relative.startsWith(QStringLiteral("documents/")) ? S_IRWXO : (S_IRWXG | S_IRWXO);
            if ((status.st_mode & forbidden) != 0) {
                exposed << QStringLiteral("%1 %2").arg(relative).arg(status.st_mode & 0777, 3, 8);
            }
            ++checked;
        }
        QVERIFY(checked > 5);
        for (const QString& name : {QStringLiteral("ra.sqlite"), QStringLiteral("workspace.ini"),
                                    QStringLiteral("demo-credentials.json"), QStringLiteral("softhsm")}) {
            QVERIFY2(QFileInfo::exists(QDir(root).filePath(name)), qPrintable(name));
        }
        QVERIFY2(exposed.isEmpty(), qPrintable(exposed.join(QStringLiteral(", "))));
    }

    void noCoreDumpWhileTheCaKeyIsActive() {
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_CORE, &before) == 0);
        {
            auto module = app::CaActivationService(m_demo->workspace())
                              .openSigningModule(m_demo->custodian(QStringLiteral("tanaka")),
                                                 m_demo->custodian(QStringLiteral("sato")));
            QVERIFY(module);
            QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
            rlimit active{};
            QVERIFY(::getrlimit(RLIMIT_CORE, &active) == 0);
            QCOMPARE(active.rlim_cur, rlim_t(0));
        }
        // The session over, the process is as it was.
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        rlimit after{};
        QVERIFY(::getrlimit(RLIMIT_CORE, &after) == 0);
        QCOMPARE(after.rlim_cur, before.rlim_cur);
    }

    // Issue 12 item 8: TOTP seeds are sealed under secrets.key, a file beside the database.
    void aCopyOfTheDatabaseHoldsNoTotpSeed() {
        QByteArray file;
        for (const QString& name : {QStringLiteral("ra.sqlite"), QStringLiteral("ra.sqlite-wal")}) {
            QFile part(QDir(m_demo->workspace().directory()).filePath(name));
            if (part.open(QIODevice::ReadOnly)) {
                file += part.readAll();
            }
        }
        QVERIFY(file.size() > 10000);
        int seeds = 0;
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("tanaka"), QStringLiteral("sato")}) {
            const auto seed = crypto::base32Decode(m_demo->field(user, "totp_secret").toLatin1());
            QVERIFY(seed && seed->size() == 20);
            QVERIFY2(!file.contains(*seed), qPrintable(user));
            ++seeds;
        }
        QCOMPARE(seeds, 3);
        // With the database alone (another folder, no secrets.key), no code can be checked.
        QTemporaryDir elsewhere;
        for (const QString& name :
             {QStringLiteral("ra.sqlite"), QStringLiteral("ra.sqlite-wal"), QStringLiteral("workspace.ini")}) {
            const QString from = QDir(m_demo->workspace().directory()).filePath(name);
            QVERIFY(!QFileInfo::exists(from) || QFile::copy(from, elsewhere.filePath(name)));
        }
        auto copy = app::Workspace::open(elsewhere.path(), m_demo->clock());
        QVERIFY(copy);
        const auto refused =
            app::AuthService(**copy).login(QStringLiteral("tanaka"), m_demo->password(QStringLiteral("tanaka")),
                                           m_demo->code(QStringLiteral("tanaka")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.seed-unreadable"));
    }

    void aSeedMovedToAnotherRowOrWrittenInTheClearIsNoSeed() {
        const QString connection = QStringLiteral("attacker");
        {
            QSqlDatabase outside = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            outside.setDatabaseName(m_demo->workspace().databasePath());
            QVERIFY(outside.open());
            QSqlQuery original(outside);
            QVERIFY(original.exec(QStringLiteral("SELECT totp_secret FROM users WHERE username = 'suzuki'")) &&
                    original.next());
            const QByteArray suzukiSeed = original.value(0).toByteArray();
            original.finish(); // no read snapshot left open under the writes below
            // tanaka copies her own sealed seed into suzuki's row, to sign in as suzuki with her
            // own authenticator (having learnt suzuki's password).
            QVERIFY(test::outsideExec(connection,
                                      QStringLiteral("UPDATE users SET totp_secret = (SELECT totp_secret FROM users "
                                                     "WHERE username = 'tanaka') WHERE username = 'suzuki'")));
            const auto moved = app::AuthService(m_demo->workspace())
                                   .login(QStringLiteral("suzuki"), m_demo->password(QStringLiteral("suzuki")),
                                          m_demo->code(QStringLiteral("tanaka")));
            QVERIFY(!moved);
            QCOMPARE(moved.error().code, QStringLiteral("auth.seed-unreadable"));
            // A seed of her choosing written in the clear, flagged as from before sealing.
            QVERIFY(test::outsideExec(connection,
                                      QStringLiteral("UPDATE users SET totp_secret = ?, totp_sealed = 0 WHERE "
                                                     "username = 'suzuki'"),
                                      {QByteArray(20, 'k')}));
            QByteArray chosen(20, 'k');
            const QString chosenCode =
                crypto::Totp::code(crypto::SecureBytes::takeFrom(chosen), m_demo->clock().nowUtc().toSecsSinceEpoch());
            const auto planted =
                app::AuthService(m_demo->workspace())
                    .login(QStringLiteral("suzuki"), m_demo->password(QStringLiteral("suzuki")), chosenCode);
            QVERIFY(!planted);
            QCOMPARE(planted.error().code, QStringLiteral("auth.seed-unreadable"));
            QVERIFY(test::outsideExec(connection,
                                      QStringLiteral("UPDATE users SET totp_secret = ?, totp_sealed = 1 WHERE "
                                                     "username = 'suzuki'"),
                                      {suzukiSeed}));
            outside.close();
        }
        QSqlDatabase::removeDatabase(connection);
        // Put back, suzuki signs in as before: the refusals came from the edits.
        QVERIFY(app::AuthService(m_demo->workspace())
                    .login(QStringLiteral("suzuki"), m_demo->password(QStringLiteral("suzuki")),
                           m_demo->code(QStringLiteral("suzuki"))));
        QVERIFY(QFileInfo(QDir(m_demo->workspace().directory()).filePath(QStringLiteral("secrets.key"))).size() == 32);
    }

    // A copy of the demo workspace to attack: database, settings and secrets.key.
    QString copyOfTheWorkspace(const QTemporaryDir& target) {
        for (const QString& name : {QStringLiteral("ra.sqlite"), QStringLiteral("ra.sqlite-wal"),
                                    QStringLiteral("workspace.ini"), QStringLiteral("secrets.key")}) {
            const QString from = QDir(m_demo->workspace().directory()).filePath(name);
            if (QFileInfo::exists(from) && !QFile::copy(from, target.filePath(name))) {
                return {};
            }
        }
        return target.path();
    }

    // With the database written and secrets.key deleted or swapped, suzuki's seed is the
    // attacker's own: the next opening must not let it in.
    void aDeletedOrSwappedKeyLetsNoPlantedSeedIn() {
        QByteArray chosen(20, 'k');
        const crypto::SecureBytes chosenSeed = crypto::SecureBytes::takeFrom(chosen);
        const qint64 suzuki = m_demo->user(QStringLiteral("suzuki")).id;
        for (const bool swap : {false, true}) {
            QTemporaryDir copy;
            const QString directory = copyOfTheWorkspace(copy);
            QVERIFY(!directory.isEmpty());
            const QString keyPath = QDir(directory).filePath(QStringLiteral("secrets.key"));
            QVariant planted;
            QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QVERIFY(QFile::remove(keyPath));
            const QByteArray seedBytes(reinterpret_cast<const char*>(chosenSeed.data()), qsizetype(chosenSeed.size()));
            bool sealedFlag = false;
            if (swap) {
                // The attacker's own key, and the seed sealed under it exactly as the workstation would.
                crypto::SecureBytes ownKey = crypto::SecretSealer::newKey();
                QFile file(keyPath);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(reinterpret_cast<const char*>(ownKey.data()), qint64(ownKey.size()));
                file.close();
                QFile::setPermissions(keyPath, QFileDevice::ReadOwner);
                const crypto::SecretSealer sealer(std::move(ownKey));
                planted = *sealer.seal(seedBytes, QByteArrayLiteral("totp-seed:user-id:") + QByteArray::number(suzuki));
                sealedFlag = true;
            } else {
                planted = seedBytes; // in the clear, flagged as from before sealing
            }
            const QString connection = QStringLiteral("planter");
            {
                QSqlDatabase outside = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                outside.setDatabaseName(QDir(directory).filePath(QStringLiteral("ra.sqlite")));
                QVERIFY(outside.open());
                QVERIFY(test::outsideExec(
                    connection, QStringLiteral("UPDATE users SET totp_secret = ?, totp_sealed = ? WHERE id = ?"),
                    {planted, sealedFlag, suzuki}));
                if (!swap) {
                    // Every seed flagged "from before sealing", so none looks sealed.
                    QVERIFY(test::outsideExec(connection, QStringLiteral("UPDATE users SET totp_sealed = 0")));
                }
                outside.close();
            }
            QSqlDatabase::removeDatabase(connection);
            auto opened = app::Workspace::open(directory, m_demo->clock());
            QVERIFY(opened);
            QCOMPARE(QFileInfo::exists(keyPath), swap); // a deleted key is not made again
            const QString code = crypto::Totp::code(chosenSeed, m_demo->clock().nowUtc().toSecsSinceEpoch());
            const auto refused = app::AuthService(**opened).login(QStringLiteral("suzuki"),
                                                                  m_demo->password(QStringLiteral("suzuki")), code);
            QVERIFY2(!refused, swap ? "swapped key" : "deleted key");
            QCOMPARE(refused.error().code, QStringLiteral("auth.seed-unreadable"));
        }
    }

    void aKeyOthersCanReadIsNotUsed() {
        QTemporaryDir copy;
        const QString directory = copyOfTheWorkspace(copy);
        QVERIFY(!directory.isEmpty());
        QVERIFY(QFile::setPermissions(QDir(directory).filePath(QStringLiteral("secrets.key")),
                                      QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto opened = app::Workspace::open(directory, m_demo->clock());
        QVERIFY(opened);
        const auto refused =
            app::AuthService(**opened).login(QStringLiteral("tanaka"), m_demo->password(QStringLiteral("tanaka")),
                                             m_demo->code(QStringLiteral("tanaka")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.seed-unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestLocalSecretsAttacks)
#include "TestLocalSecretsAttacks.moc"

// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 8, as another local user or a crash would expose them: the workspace's files are
// created readable by their owner only, from the first byte (no chmod after writing), and the
// process makes no core dump, and lets no same-user debugger in, while the CA key is active.
#include "app/CaActivationService.h"
#include "tests/support/DemoFixture.h"

#include <QDirIterator>
#include <QFileInfo>
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
};

QTEST_GUILESS_MAIN(TestLocalSecretsAttacks)
#include "TestLocalSecretsAttacks.moc"

// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 11, as someone preparing a hostile package would try it: a FIFO or a device in
// place of the manifest, the CSR or a document would block or never end the import (a FIFO's
// open() waits for a writer; /dev/zero never ends). Each is refused at once, clearly, audited,
// and nothing is imported.
#include "app/IntakeService.h"
#include "domain/AuditEntry.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace ra;

class TestPackageAttacks : public QObject {
    Q_OBJECT

private slots:
    void aPipeOrADeviceInAPackageIsRefusedAtOnce_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("fifo"); // else a symbolic link to /dev/zero
        QTest::newRow("manifest as a FIFO") << QStringLiteral("application.json") << true;
        QTest::newRow("manifest as /dev/zero") << QStringLiteral("application.json") << false;
        QTest::newRow("CSR as a FIFO") << QStringLiteral("request.csr") << true;
        QTest::newRow("document as a FIFO") << QStringLiteral("documents/office-photo.png") << true;
    }

    void aPipeOrADeviceInAPackageIsRefusedAtOnce() {
        QFETCH(QString, file);
        QFETCH(bool, fifo);
        test::TestWorkspace ws;
        const domain::User officer = ws.addUser(QStringLiteral("tanaka"), domain::Role::Officer, true);
        const QString package = ws.copyDemoPackage(QStringLiteral("example-shop"));
        const QString target = QDir(package).filePath(file);
        QVERIFY(QFile::remove(target));
        if (fifo) {
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        } else {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), target));
        }
        QElapsedTimer timer;
        timer.start();
        const auto imported = app::IntakeService(ws.workspace()).importPackage(package, officer);
        QVERIFY(timer.elapsed() < 5000); // never waits on the pipe
        QVERIFY(!imported);
        QVERIFY2(imported.error().code == QStringLiteral("package.not-a-file") ||
                     imported.error().code == QStringLiteral("package.unsafe-path"), // the link leads outside
                 qPrintable(imported.error().code));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM applications")), 0);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1'")
                              .arg(domain::audit_event::ImportRefused)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPackageAttacks)
#include "TestPackageAttacks.moc"

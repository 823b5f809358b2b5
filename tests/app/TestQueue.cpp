// SPDX-License-Identifier: Apache-2.0
// The queue the officers work from (UI.md): filters by state, officer, age and text (indexed
// substring search, Japanese included), sorting, and paging.
#include "app/ApplicationService.h"
#include "app/IntakeService.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace ra;

class TestQueue : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    domain::User m_tanaka;
    QHash<QString, qint64> m_ids;

    qint64 count(const app::QueueFilter& filter) { return *m_ws->workspace().queue().count(filter); }

    app::QueueFilter text(const QString& value) {
        app::QueueFilter filter;
        filter.text = value;
        return filter;
    }

private slots:
    void initTestCase() {
        m_ws = std::make_unique<test::TestWorkspace>();
        m_tanaka = m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        for (const char* name : {"sample-kk", "example-shop", "nihon-logistics", "broken-signature", "kansai-foods"}) {
            const auto imported = app::IntakeService(m_ws->workspace())
                                      .importPackage(m_ws->copyDemoPackage(QString::fromLatin1(name)), m_tanaka);
            QVERIFY(imported);
            m_ids.insert(QString::fromLatin1(name), imported->applicationId);
            m_ws->clock().advanceSeconds(2 * 86400); // imported two days apart
        }
        domain::WorkflowRequest take;
        take.action = domain::WorkflowAction::TakeForReview;
        QVERIFY(app::ApplicationService(m_ws->workspace())
                    .perform(m_tanaka, m_ids.value(QStringLiteral("example-shop")), take));
    }

    void searchesReferenceOrganizationDbaAndNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("reference prefix, all") << QStringLiteral("APP-2026-104") << qint64(5);
        QTest::newRow("one reference") << QStringLiteral("APP-2026-1046") << qint64(1);
        QTest::newRow("Japanese organization") << QStringLiteral("サンプル") << qint64(1);
        QTest::newRow("Japanese, two characters (scan)") << QStringLiteral("関西") << qint64(1);
        QTest::newRow("domain substring, any case") << QStringLiteral("KANSAI-foods.jp") << qint64(1);
        QTest::newRow("DBA") << QStringLiteral("example shop") << qint64(1);
        QTest::newRow("short latin (scan)") << QStringLiteral("jp") << qint64(5);
        QTest::newRow("nothing") << QStringLiteral("no-such-applicant") << qint64(0);
        QTest::newRow("quotes are text, not syntax") << QStringLiteral("a\"b OR c") << qint64(0);
    }

    void searchesReferenceOrganizationDbaAndNames() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(count(this->text(text)), expected);
        QCOMPARE(m_ws->workspace().queue().fetch(this->text(text), app::QueueColumn::Id, true, 0, 100)->size(),
                 expected);
    }

    void filtersByStateOfficerAndAge() {
        app::QueueFilter filter;
        filter.state = domain::ApplicationState::InReview;
        QCOMPARE(count(filter), 1);
        filter = {};
        filter.officerId = m_tanaka.id;
        QCOMPARE(count(filter), 1);
        filter = {};
        filter.minAgeDays = 5; // the first three were imported 10, 8 and 6 days ago
        QCOMPARE(count(filter), 3);
    }

    void sortsAndPages() {
        app::ApplicationQueue& queue = m_ws->workspace().queue();
        const auto oldestFirst = queue.fetch({}, app::QueueColumn::Age, false, 0, 10);
        QCOMPARE(oldestFirst->front().id, m_ids.value(QStringLiteral("sample-kk")));
        const auto byOrganization = queue.fetch({}, app::QueueColumn::Organization, true, 0, 10);
        QCOMPARE(byOrganization->front().organization, QStringLiteral("Example KK"));
        const auto secondPage = queue.fetch({}, app::QueueColumn::Id, true, 2, 2);
        QCOMPARE(secondPage->size(), 2);
        QCOMPARE(secondPage->front().id, 3);
        QCOMPARE(byOrganization->at(0).officer, QStringLiteral("tanaka"));
    }

    void anotherOfficerCannotEndAnApplicationAndTheAttemptIsAudited() {
        // Issue 12 item 11: suzuki rejects the application tanaka holds; refused, and logged.
        const domain::User suzuki = m_ws->addUser(QStringLiteral("suzuki"), domain::Role::Officer);
        domain::WorkflowRequest reject;
        reject.action = domain::WorkflowAction::Reject;
        reject.reason = QStringLiteral("not mine to reject");
        const qint64 id = m_ids.value(QStringLiteral("example-shop"));
        const auto refused = app::ApplicationService(m_ws->workspace()).perform(suzuki, id, reject);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("workflow.not-assigned"));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' AND "
                                            "actor = 'suzuki' AND application_id = %1 AND details LIKE "
                                            "'%\"code\":\"workflow.not-assigned\"%'")
                                 .arg(id)),
                 1);
        QCOMPARE(m_ws->workspace().applications().byId(id)->state, domain::ApplicationState::InReview);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "TestQueue.moc"

// SPDX-License-Identifier: Apache-2.0
// R-ORG-5 (CP 3.2.5), R-ORG-4, R-AUD-1: the representative's authority confirmed by a call-back to
// a number from an approved source. What decides authority.callback, and every way around it an
// insider might try: the applicant's own number in another spelling, a withdrawn or unknown
// source, a call dated in the future or before the application, another officer, a bare tick,
// and editing or deleting the stored record — each refused, audited, nothing half-recorded.
#include "app/ApplicationService.h"
#include "app/AuthorityService.h"
#include "app/OrganizationService.h"
#include "domain/AuthorityVerification.h"
#include "tests/support/DemoFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace ra;

namespace {
constexpr qint64 kExampleShop = 2; // in review with tanaka; representative +81-6-2345-6789
}

class TestAuthority : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    app::Workspace& workspace() { return m_demo->workspace(); }
    app::AuthorityService service() { return app::AuthorityService(workspace()); }

    qint64 count(const QString& sql) {
        QSqlQuery query(workspace().database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    qint64 stored() { return count(QStringLiteral("SELECT COUNT(*) FROM authority_callbacks")); }
    qint64 refusals() {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'authority.callback_refused'"));
    }
    // The application is kept while its item is read: item() points into it.
    domain::CheckStatus callbackStatus() {
        const auto application = workspace().applications().byId(kExampleShop);
        const domain::ChecklistItem* item = application->item(QStringLiteral("authority.callback"));
        return item ? item->status : domain::CheckStatus::Pending;
    }

    domain::Callback goodCallback() {
        domain::Callback callback;
        callback.applicationId = kExampleShop;
        callback.channel = domain::CallbackChannel::Telephone;
        callback.contact = QStringLiteral("06-6000-1234");
        callback.dataSourceId = m_demo->directorySourceId();
        callback.sourceReference = QStringLiteral("Osaka head office listing");
        callback.personReached = QStringLiteral("Ito Keiko");
        callback.personTitle = QStringLiteral("General Affairs Manager");
        callback.reachedAt = m_demo->clock().nowUtc().addSecs(-600);
        callback.outcome = domain::CallbackOutcome::Confirmed;
        return callback;
    }

    // A call-back that must be refused with `code`, audited, and leave nothing stored.
    void expectRefusal(const domain::Callback& callback, const QString& code, const QString& officer = {}) {
        const qint64 before = stored();
        const qint64 audited = refusals();
        const domain::CheckStatus status = callbackStatus();
        const auto recorded =
            service().recordCallback(m_demo->user(officer.isEmpty() ? QStringLiteral("tanaka") : officer), callback);
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().code, code);
        QVERIFY(!recorded.error().userMessage.isEmpty());
        QCOMPARE(stored(), before);
        QCOMPARE(refusals(), audited + 1);
        QCOMPARE(callbackStatus(), status);
    }

private slots:
    // One demo workspace for the whole case (creating one takes seconds): the slots run in this
    // order, refusals first, then the records that change the item.
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY(m_demo->directorySourceId() > 0);
        m_demo->clock().advanceSeconds(3600); // calls take place after the application arrived
    }
    void cleanupTestCase() { m_demo.reset(); }

    void sameNumberInAnySpelling_R_ORG_5() {
        using domain::AuthorityVerification;
        const auto phone = domain::CallbackChannel::Telephone;
        QVERIFY(AuthorityVerification::sameContact(phone, QStringLiteral("+81-6-2345-6789"),
                                                   QStringLiteral("06-2345-6789")));
        QVERIFY(AuthorityVerification::sameContact(phone, QStringLiteral("+81 (0)6 2345 6789"),
                                                   QStringLiteral("0623456789")));
        QVERIFY(AuthorityVerification::sameContact(phone, QStringLiteral("０６－２３４５－６７８９"),
                                                   QStringLiteral("+81-6-2345-6789")));
        QVERIFY(AuthorityVerification::sameContact(phone, QStringLiteral("0081 6 2345 6789"),
                                                   QStringLiteral("06-2345-6789")));
        QVERIFY(!AuthorityVerification::sameContact(phone, QStringLiteral("06-2345-6780"),
                                                    QStringLiteral("+81-6-2345-6789")));
        QVERIFY(!AuthorityVerification::sameContact(phone, QString(), QString()));
        QVERIFY(AuthorityVerification::sameContact(phone, QStringLiteral("06-2345-6789 ext. 12"),
                                                   QStringLiteral("+81-6-2345-6789")));
        QVERIFY(AuthorityVerification::sameContact(
            domain::CallbackChannel::Email, QStringLiteral("keiko+ra@example.jp"), QStringLiteral("keiko@example.jp")));
        QVERIFY(AuthorityVerification::sameContact(domain::CallbackChannel::Email, QStringLiteral(" Keiko@Example.JP"),
                                                   QStringLiteral("keiko@example.jp")));
    }

    void onlyTheValidatorRecords_R_APR_1() {
        expectRefusal(goodCallback(), QStringLiteral("sod.not-the-validator"), QStringLiteral("suzuki"));
        expectRefusal(goodCallback(), QStringLiteral("sod.not-the-validator"), QStringLiteral("admin"));
        // A bare tick of the item is refused: the call-back record decides it.
        const auto ticked =
            app::ApplicationService(workspace())
                .recordCheck(m_demo->user(QStringLiteral("tanaka")), kExampleShop, QStringLiteral("authority.callback"),
                             domain::CheckStatus::Passed, QStringLiteral("called them"));
        QVERIFY(!ticked);
        QCOMPARE(ticked.error().code, QStringLiteral("check.automatic"));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Pending);
    }

    void applicantsOwnContactRefused_R_ORG_5() {
        domain::Callback own = goodCallback();
        own.contact = QStringLiteral("０６（２３４５）６７８９"); // the application's +81-6-2345-6789, full width
        expectRefusal(own, QStringLiteral("callback.applicant-contact"));
        own.channel = domain::CallbackChannel::Email;
        own.contact = QStringLiteral("KEIKO@example.jp");
        expectRefusal(own, QStringLiteral("callback.applicant-contact"));
    }

    void incompleteOrMisdatedRefused_R_ORG_5() {
        domain::Callback future = goodCallback();
        future.reachedAt = m_demo->clock().nowUtc().addSecs(3600);
        expectRefusal(future, QStringLiteral("callback.bad-time"));
        domain::Callback early = goodCallback();
        early.reachedAt = workspace().applications().byId(kExampleShop)->receivedAt.addDays(-1);
        expectRefusal(early, QStringLiteral("callback.bad-time"));
        domain::Callback nobody = goodCallback();
        nobody.personReached = QStringLiteral("  ");
        expectRefusal(nobody, QStringLiteral("callback.incomplete"));
        domain::Callback noReference = goodCallback();
        noReference.sourceReference.clear();
        expectRefusal(noReference, QStringLiteral("callback.incomplete"));
        domain::Callback huge = goodCallback();
        huge.note = QString(10000, QLatin1Char('x'));
        expectRefusal(huge, QStringLiteral("callback.too-long"));
    }

    void confirmedCallbackPassesTheItem_R_ORG_5() {
        QCOMPARE(callbackStatus(), domain::CheckStatus::Pending);
        const auto recorded = service().recordCallback(m_demo->user(QStringLiteral("tanaka")), goodCallback());
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().userMessage));
        QVERIFY(recorded->id > 0);
        QCOMPARE(recorded->recordedBy, QStringLiteral("tanaka"));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Passed);
        const auto application = workspace().applications().byId(kExampleShop);
        const domain::ChecklistItem* item = application->item(QStringLiteral("authority.callback"));
        QVERIFY(item->note.contains(QStringLiteral("06-6000-1234")));
        QVERIFY(item->note.contains(QStringLiteral("Ito Keiko")));
        const auto all = service().callbacks(kExampleShop);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->front().dataSourceName,
                 workspace().organizationEvidence().source(m_demo->directorySourceId())->name);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'authority.callback_recorded' "
                                      "AND details LIKE '%06-6000-1234%'")),
                 1);
    }

    // An officer told "no" cannot call until someone says yes, nor record an earlier "yes".
    void aDenialStands_R_ORG_5() {
        const domain::User tanaka = m_demo->user(QStringLiteral("tanaka"));
        domain::Callback denied = goodCallback();
        denied.outcome = domain::CallbackOutcome::Denied;
        QVERIFY(service().recordCallback(tanaka, denied));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Failed);
        domain::Callback nobody = goodCallback();
        nobody.outcome = domain::CallbackOutcome::NotReached;
        nobody.personReached.clear();
        QVERIFY(service().recordCallback(tanaka, nobody));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Failed);
        QVERIFY(service().recordCallback(tanaka, goodCallback()));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Failed);
        domain::Callback backdated = goodCallback();
        backdated.reachedAt = denied.reachedAt.addSecs(-300);
        QVERIFY(service().recordCallback(tanaka, backdated));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Failed);
        QCOMPARE(service().callbacks(kExampleShop)->size(), 5); // every call is kept
    }

    void storedRecordNeverChanges_R_AUD_4() {
        QSqlQuery query(workspace().database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE authority_callbacks SET outcome = 'denied'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE authority_callbacks SET contact = '06-2345-6789'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM authority_callbacks")));
        QCOMPARE(service().callbacks(kExampleShop)->front().outcome, domain::CallbackOutcome::Confirmed);
    }

    void sourceMustBeApproved_R_ORG_4() {
        domain::Callback unknown = goodCallback();
        unknown.dataSourceId = 999;
        expectRefusal(unknown, QStringLiteral("rds.not-approved"));
        domain::Callback none = goodCallback();
        none.dataSourceId = 0;
        expectRefusal(none, QStringLiteral("callback.no-source"));
        domain::Callback withdrawn = goodCallback();
        QVERIFY(app::OrganizationService(workspace())
                    .withdrawSource(m_demo->user(QStringLiteral("admin")), withdrawn.dataSourceId));
        expectRefusal(withdrawn, QStringLiteral("rds.not-approved"));
        // Decided again (as before submission), the withdrawn source's call-backs count no more.
        QVERIFY(service().decide(QStringLiteral("tanaka"), kExampleShop));
        QCOMPARE(callbackStatus(), domain::CheckStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestAuthority)
#include "TestAuthority.moc"

// SPDX-License-Identifier: Apache-2.0
// The Domains step's automatic checklist items are decided from evidence only (R-DCV-2, R-CAA-1..3,
// R-MPIC-1).
#include "domain/DomainChecks.h"

#include <QTest>

using namespace ra::domain;

class TestDomainChecks : public QObject {
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 25), QTime(9, 0), Qt::UTC};

    NameEvidence good(const QString& fqdn) const {
        return {fqdn, true, m_now.addDays(-10), true, CaaVerdict::Allow, true, m_now.addSecs(3600)};
    }

private slots:
    void everyNameValidatedAndAllowedPassesAllThree() {
        const auto decision = DomainChecks::decide({good(QStringLiteral("a.jp")), good(QStringLiteral("b.jp"))}, m_now);
        QCOMPARE(decision.dcv, CheckStatus::Passed);
        QCOMPARE(decision.caa, CheckStatus::Passed);
        QCOMPARE(decision.mpic, CheckStatus::Passed);
    }

    void oneNameWithoutValidationKeepsDcvAndMpicPending() {
        NameEvidence missing = good(QStringLiteral("b.jp"));
        missing.dcvPassed = false;
        const auto decision = DomainChecks::decide({good(QStringLiteral("a.jp")), missing}, m_now);
        QCOMPARE(decision.dcv, CheckStatus::Pending);
        QVERIFY(decision.dcvNote.contains(QStringLiteral("b.jp")));
        QCOMPARE(decision.mpic, CheckStatus::Pending);
    }

    void aValidationIsUsedOnlyWithinTheReuseLimitInForce_R_DOC_2_R_TIME_1() {
        // On 2026-11-25 the BR's 200 days are stricter than the CP's 398.
        NameEvidence old = good(QStringLiteral("a.jp"));
        old.dcvValidatedAt = m_now.addDays(-199);
        QCOMPARE(DomainChecks::decide({old}, m_now).dcv, CheckStatus::Passed);
        old.dcvValidatedAt = m_now.addDays(-200);
        QCOMPARE(DomainChecks::decide({old}, m_now).dcv, CheckStatus::Pending);
        // From 2027-03-15, 100 days: the same validation ages out sooner.
        const QDateTime later(QDate(2027, 3, 20), QTime(9, 0), Qt::UTC);
        old.dcvValidatedAt = later.addDays(-101);
        QCOMPARE(DomainChecks::decide({old}, later).dcv, CheckStatus::Pending);
        QCOMPARE(DomainChecks::validationUsableUntil(later.addDays(-50), later), later.addDays(50));
    }

    void aDenyingCaaFails_R_CAA_1() {
        NameEvidence denied = good(QStringLiteral("a.jp"));
        denied.caaVerdict = CaaVerdict::Deny;
        const auto decision = DomainChecks::decide({denied, good(QStringLiteral("b.jp"))}, m_now);
        QCOMPARE(decision.caa, CheckStatus::Failed);
        QCOMPARE(decision.mpic, CheckStatus::Pending);
    }

    void aStaleOrUncorroboratedCaaDoesNotPass_R_CAA_3_R_MPIC_1() {
        NameEvidence stale = good(QStringLiteral("a.jp"));
        stale.caaValidUntil = m_now;
        QCOMPARE(DomainChecks::decide({stale}, m_now).caa, CheckStatus::Pending);
        NameEvidence alone = good(QStringLiteral("a.jp"));
        alone.caaCorroborated = false;
        QCOMPARE(DomainChecks::decide({alone}, m_now).caa, CheckStatus::Pending);
        NameEvidence failed = good(QStringLiteral("a.jp"));
        failed.caaVerdict = CaaVerdict::Error;
        QCOMPARE(DomainChecks::decide({failed}, m_now).caa, CheckStatus::Pending);
    }

    void noNamesDecidesNothing() {
        const auto decision = DomainChecks::decide({}, m_now);
        QCOMPARE(decision.dcv, CheckStatus::Pending);
        QCOMPARE(decision.mpic, CheckStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestDomainChecks)
#include "TestDomainChecks.moc"

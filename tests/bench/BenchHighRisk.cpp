// SPDX-License-Identifier: Apache-2.0
// Issue 11 target: high-risk matching (R-IN-3, R-IN-4) of one application against 100 000 earlier
// applications (1 000 of them revoked, 1 000 rejected for suspected fraud) and 10 000 high-risk
// names, in milliseconds, beside the same matching on an empty workspace (the baseline, run in the
// same process). Fails when one matching takes more than 100 ms. RA_BENCH_APPLICATIONS and
// RA_BENCH_NAMES change the sizes.
#include "app/HighRiskService.h"
#include "app/IntakeService.h"
#include "app/SpoofChecker.h"
#include "tests/support/TestWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace ra;

namespace {
constexpr double kBudgetMs = 100.0;
constexpr int kRounds = 20;

int sizeFrom(const char* variable, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(variable, &ok);
    return ok && value > 0 ? value : fallback;
}

bool fill(app::Workspace& workspace, int applications, int names) {
    const app::SpoofChecker spoof;
    return workspace.database()
        .transaction([&]() -> domain::Status {
            QSqlQuery insert(workspace.database().connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO applications (external_reference, manifest_sha256, state, org_legal_name, org_street, "
                "org_locality, org_state, org_country, rep_name, rep_email, rep_phone, agreement_version, "
                "agreement_accepted_at, agreement_accepted_by, csr_pem, csr_summary, received_at, updated_at, "
                "spki_sha256, rejected_for_fraud) VALUES (?, ?, ?, 'Org', 's', 'l', 'st', 'JP', 'r', 'e', 'p', 'v', "
                "'a', 'b', '', '{}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?)"));
            QSqlQuery name(workspace.database().connection());
            name.prepare(QStringLiteral("INSERT INTO application_names (application_id, fqdn, registrable_domain, "
                                        "skeleton) VALUES (?, ?, ?, ?)"));
            QSqlQuery certificate(workspace.database().connection());
            certificate.prepare(QStringLiteral(
                "INSERT INTO certificates (serial, application_id, state, candidate, tbs_sha256, not_before, "
                "not_after, created_at, revoked_at, revocation_reason) VALUES (?, ?, 'issued', x'00', '', '', '', "
                "'', '2026-06-01T00:00:00.000Z', 1)"));
            for (int i = 1; i <= applications; ++i) {
                const bool rejected = i % 100 == 50;
                app::bindAll(insert, {QStringLiteral("APP-%1").arg(i), QStringLiteral("digest-%1").arg(i),
                                      rejected ? QStringLiteral("rejected") : QStringLiteral("issued"),
                                      QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')), rejected});
                if (!insert.exec()) {
                    return domain::fail(QStringLiteral("bench"), insert.lastError().text());
                }
                const qint64 id = insert.lastInsertId().toLongLong();
                const QString label = QStringLiteral("customer%1").arg(i);
                const QString registrable = label + QStringLiteral(".co.jp");
                for (const QString& fqdn : {QStringLiteral("www.") + registrable, registrable}) {
                    app::bindAll(name, {id, fqdn, registrable, spoof.skeleton(label)});
                    if (!name.exec()) {
                        return domain::fail(QStringLiteral("bench"), name.lastError().text());
                    }
                }
                if (i % 100 == 0) {
                    app::bindAll(certificate, {QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')), id});
                    if (!certificate.exec()) {
                        return domain::fail(QStringLiteral("bench"), certificate.lastError().text());
                    }
                }
            }
            for (int i = 1; i <= names; ++i) {
                const QString listed = QStringLiteral("brand%1").arg(i);
                domain::HighRiskName entry{0, listed, spoof.skeleton(listed), QStringLiteral("bench")};
                if (auto added =
                        workspace.highRisk().addName(entry, QStringLiteral("admin"), QDateTime::currentDateTimeUtc());
                    !added) {
                    return added;
                }
            }
            return {};
        })
        .has_value();
}

// The median time of one matching of `application`, in milliseconds.
double matchMs(app::Workspace& workspace, const domain::Application& application, int* found) {
    QList<double> times;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto matches = app::HighRiskService(workspace).assess(application);
        times << timer.nsecsElapsed() / 1e6;
        *found = matches ? int(matches->size()) : -1;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication qapp(argc, argv);
    const int applications = sizeFrom("RA_BENCH_APPLICATIONS", 100000);
    const int names = sizeFrom("RA_BENCH_NAMES", 10000);

    test::TestWorkspace workspace;
    const domain::User officer = workspace.addUser(QStringLiteral("tanaka"), domain::Role::Officer);
    const auto imported = app::IntakeService(workspace.workspace())
                              .importPackage(workspace.copyDemoPackage(QStringLiteral("sample-kk")), officer);
    if (!imported) {
        std::fprintf(stderr, "cannot import: %s\n", qPrintable(imported.error().userMessage));
        return 1;
    }
    const domain::Application application = *workspace.workspace().applications().byId(imported->applicationId);
    int baselineMatches = 0;
    const double baseline = matchMs(workspace.workspace(), application, &baselineMatches);

    QElapsedTimer setup;
    setup.start();
    if (!fill(workspace.workspace(), applications, names)) {
        std::fprintf(stderr, "cannot fill the workspace\n");
        return 1;
    }
    const double setupSeconds = setup.nsecsElapsed() / 1e9;
    int fullMatches = 0;
    const double full = matchMs(workspace.workspace(), application, &fullMatches);

    std::printf(
        "%-66s %10.2f s\n",
        qPrintable(QStringLiteral("set-up: %1 applications, %2 names (skeletons by ICU)").arg(applications).arg(names)),
        setupSeconds);
    std::printf("%-66s %10.2f ms  (%d matches)\n", "one application, empty workspace (baseline)", baseline,
                baselineMatches);
    std::printf(
        "%-66s %10.2f ms  (%d matches, budget %.0f ms)\n",
        qPrintable(QStringLiteral("one application against %1 applications and %2 names").arg(applications).arg(names)),
        full, fullMatches, kBudgetMs);
    std::printf("%-66s %10.2f x\n", "full / baseline", full / std::max(baseline, 0.001));
    return full <= kBudgetMs && fullMatches == 0 && baselineMatches == 0 ? 0 : 1;
}

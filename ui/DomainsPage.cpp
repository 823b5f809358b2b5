// SPDX-License-Identifier: Apache-2.0
#include "ui/DomainsPage.h"

#include "app/CaaService.h"
#include "app/Workspace.h"
#include "ui/Prompts.h"
#include "ui/StatusIcons.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ra::ui {

using domain::CheckStatus;
using domain::DcvAttempt;

namespace {
QString when(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

CheckStatus attemptStatus(const DcvAttempt& attempt) {
    switch (attempt.status) {
    case DcvAttempt::Status::Passed:
        return CheckStatus::Passed;
    case DcvAttempt::Status::Failed:
    case DcvAttempt::Status::Expired:
        return CheckStatus::Failed;
    case DcvAttempt::Status::Pending:
        return CheckStatus::Pending;
    }
    return CheckStatus::Pending;
}

QString outcomeText(const QString& outcome) {
    if (outcome == QLatin1String("primary")) {
        return QCoreApplication::translate("DomainsPage", "Primary");
    }
    if (outcome == QLatin1String("corroborates")) {
        return QCoreApplication::translate("DomainsPage", "Corroborates");
    }
    if (outcome == QLatin1String("differs")) {
        return QCoreApplication::translate("DomainsPage", "Saw something else");
    }
    if (outcome == QLatin1String("failed")) {
        return QCoreApplication::translate("DomainsPage", "Failed or timed out");
    }
    return QCoreApplication::translate("DomainsPage", "Asking…");
}

CheckStatus outcomeStatus(const QString& outcome) {
    if (outcome == QLatin1String("corroborates") || outcome == QLatin1String("primary")) {
        return CheckStatus::Passed;
    }
    return outcome.isEmpty() ? CheckStatus::Pending : CheckStatus::Failed;
}

QString dnssecText(domain::DnssecStatus status) {
    switch (status) {
    case domain::DnssecStatus::Secure:
        return QCoreApplication::translate("DomainsPage", "DNSSEC: secure");
    case domain::DnssecStatus::Insecure:
        return QCoreApplication::translate("DomainsPage", "DNSSEC: insecure (unsigned)");
    case domain::DnssecStatus::Bogus:
        return QCoreApplication::translate("DomainsPage", "DNSSEC: bogus (validation failed)");
    case domain::DnssecStatus::Indeterminate:
        return QCoreApplication::translate("DomainsPage", "DNSSEC: not validated");
    }
    return {};
}
} // namespace

DomainsPage::DomainsPage(app::Workspace& workspace, const domain::User& user, const domain::Application& application,
                         QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_application(application)
    , m_mayValidate(bool(app::DcvService::mayValidate(user, application))) {
    setObjectName(QStringLiteral("domainsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_names = new QTableWidget(0, 5);
    m_names->setObjectName(QStringLiteral("domainsTableWidget"));
    m_names->setHorizontalHeaderLabels(
        {tr("FQDN"), tr("Validation (CP 3.2.2.4)"), tr("Random value"), tr("Expires"), tr("CAA (CP 3.2.2.8)")});
    m_names->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_names->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_names->setSelectionMode(QAbstractItemView::SingleSelection);
    m_names->verticalHeader()->hide();
    m_names->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_names);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start validation…"));
    m_start->setObjectName(QStringLiteral("startValidationButton"));
    m_dnsCheck = new QPushButton(tr("&Check the validation"));
    m_dnsCheck->setObjectName(QStringLiteral("dnsCheckButton"));
    m_caaCheck = new QPushButton(tr("Check C&AA"));
    m_caaCheck->setObjectName(QStringLiteral("caaCheckButton"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("roundProgressLabel"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_dnsCheck);
    buttons->addWidget(m_caaCheck);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    if (!m_mayValidate) {
        auto* why = new QLabel(tr("Only the officer validating this application, while it is in review, validates "
                                  "its domains."));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    auto* details = new QGroupBox(tr("The selected name"));
    auto* detailsLayout = new QVBoxLayout(details);
    m_instructions = new QLabel;
    m_instructions->setObjectName(QStringLiteral("dcvInstructionsLabel"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy = new QPushButton(tr("Cop&y what to publish"));
    m_copy->setObjectName(QStringLiteral("copyRandomValueButton"));
    m_caa = new QLabel;
    m_caa->setObjectName(QStringLiteral("caaDetailsLabel"));
    m_caa->setWordWrap(true);
    m_caa->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_instructions);
    detailsLayout->addWidget(m_copy, 0, Qt::AlignLeft);
    detailsLayout->addWidget(m_caa);
    layout->addWidget(details);

    layout->addWidget(new QLabel(tr("<b>Network perspectives</b> (CP 3.2.2.9)")));
    m_perspectives = new QTableWidget(0, 6);
    m_perspectives->setObjectName(QStringLiteral("perspectivesTableWidget"));
    m_perspectives->setHorizontalHeaderLabels(
        {tr("Perspective"), tr("Region"), tr("RIR"), tr("Outcome"), tr("Observed"), tr("Time")});
    m_perspectives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perspectives->verticalHeader()->hide();
    m_perspectives->horizontalHeader()->setStretchLastSection(true);
    m_perspectives->setMinimumHeight(290); // the primary and six remote perspectives without scrolling
    layout->addWidget(m_perspectives);
    m_decision = new QLabel;
    m_decision->setObjectName(QStringLiteral("mpicDecisionLabel"));
    m_decision->setWordWrap(true);
    layout->addWidget(m_decision);

    connect(m_names, &QTableWidget::itemSelectionChanged, this, &DomainsPage::showSelected);
    connect(m_start, &QPushButton::clicked, this, &DomainsPage::askForValidation);
    connect(m_dnsCheck, &QPushButton::clicked, this, &DomainsPage::runDnsCheck);
    connect(m_caaCheck, &QPushButton::clicked, this, &DomainsPage::runCaaCheck);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto attempt = latestAttempt(selectedName())) {
            // What the applicant publishes: the random value, or method 7's key authorization.
            const auto challenge = app::DcvService(m_workspace).challenge(*attempt);
            QGuiApplication::clipboard()->setText(challenge ? challenge->content : attempt->random.value);
        }
    });
    fillNames();
}

DomainsPage::~DomainsPage() = default;

QString DomainsPage::shownValue(const DcvAttempt& attempt) {
    // An email method's value is a secret between the RA and the mailbox (R-DCV-2).
    return domain::dcvMethodIsEmail(attempt.method) ? tr("sent by email only") : attempt.random.value;
}

std::optional<DcvAttempt> DomainsPage::latestAttempt(const QString& fqdn) const {
    for (auto it = m_attempts.crbegin(); it != m_attempts.crend(); ++it) {
        if (it->fqdn == fqdn) {
            return *it;
        }
    }
    return std::nullopt;
}

std::optional<app::CaaEvidence> DomainsPage::latestCaa(const QString& fqdn) const {
    const auto check = m_latestCaa.constFind(fqdn);
    return check != m_latestCaa.cend() ? std::optional(*check) : std::nullopt;
}

QString DomainsPage::selectedName() const {
    const int row = m_names->currentRow();
    return row >= 0 && m_names->item(row, 0) ? m_names->item(row, 0)->text() : QString();
}

void DomainsPage::fillNames() {
    const QString selected = selectedName();
    m_attempts = app::DcvService(m_workspace).attempts(m_application.id).value_or(QList<DcvAttempt>{});
    m_latestCaa =
        app::latestCaaChecks(app::CaaService(m_workspace).checks(m_application.id).value_or(QList<app::CaaEvidence>{}));
    m_inUse = app::DcvService(m_workspace)
                  .validationsInUse(m_application.id)
                  .value_or(QHash<QString, app::ValidationInUse>{});
    const QDateTime now = m_workspace.clock().nowUtc();
    m_names->setRowCount(int(m_application.fqdns.size()));
    for (int row = 0; row < m_application.fqdns.size(); ++row) {
        const QString& fqdn = m_application.fqdns.at(row);
        m_names->setItem(row, 0, new QTableWidgetItem(fqdn));
        const auto attempt = latestAttempt(fqdn);
        if (attempt) {
            m_names->setItem(row, 1,
                             new QTableWidgetItem(statusIcon(attemptStatus(*attempt)),
                                                  tr("%1 — %2").arg(domain::dcvMethodCitation(attempt->method),
                                                                    domain::dcvStatusId(attempt->status))));
            m_names->setItem(row, 2, new QTableWidgetItem(shownValue(*attempt)));
            const qint64 days = now.daysTo(attempt->random.expiresAt());
            m_names->setItem(
                row, 3,
                new QTableWidgetItem(attempt->random.expiredAt(now)
                                         ? tr("expired")
                                         : tr("%1 (%2 days left)").arg(when(attempt->random.expiresAt())).arg(days)));
        } else if (const auto reused = m_inUse.constFind(fqdn); reused != m_inUse.cend()) {
            m_names->setItem(row, 1,
                             new QTableWidgetItem(statusIcon(CheckStatus::Passed),
                                                  tr("%1 — reused from %2")
                                                      .arg(domain::dcvMethodCitation(reused->attempt.method),
                                                           reused->applicationReference)));
            m_names->setItem(row, 2, new QTableWidgetItem(shownValue(reused->attempt)));
            m_names->setItem(row, 3, new QTableWidgetItem(tr("usable until %1").arg(when(reused->usableUntil))));
        } else {
            m_names->setItem(row, 1, new QTableWidgetItem(statusIcon(CheckStatus::Pending), tr("Not started")));
            m_names->setItem(row, 2, new QTableWidgetItem);
            m_names->setItem(row, 3, new QTableWidgetItem);
        }
        const auto caa = latestCaa(fqdn);
        if (caa) {
            const bool good = caa->permitsIssuanceAt(now);
            m_names->setItem(row, 4,
                             new QTableWidgetItem(
                                 statusIcon(good                                       ? CheckStatus::Passed
                                            : caa->verdict == domain::CaaVerdict::Deny ? CheckStatus::Failed
                                                                                       : CheckStatus::Pending),
                                 good ? tr("allowed until %1").arg(when(caa->validUntil))
                                      : tr("%1, %2").arg(domain::caaVerdictId(caa->verdict),
                                                         caa->corroborated ? tr("stale") : tr("not corroborated"))));
        } else {
            m_names->setItem(row, 4, new QTableWidgetItem(statusIcon(CheckStatus::Pending), tr("Not checked")));
        }
    }
    m_names->resizeColumnsToContents();
    // As tall as its rows: the perspectives grid below needs the room.
    m_names->setFixedHeight(m_names->horizontalHeader()->height() + m_names->rowHeight(0) * int(m_names->rowCount()) +
                            m_names->horizontalScrollBar()->sizeHint().height() + 4);
    const qsizetype again = m_application.fqdns.indexOf(selected);
    m_names->selectRow(again >= 0 ? int(again) : 0);
    showSelected();
}

void DomainsPage::showSelected() {
    const QString fqdn = selectedName();
    const auto attempt = latestAttempt(fqdn);
    const bool pending =
        attempt && attempt->status != DcvAttempt::Status::Passed && attempt->status != DcvAttempt::Status::Expired;
    m_start->setEnabled(m_mayValidate && !m_running && !fqdn.isEmpty());
    m_dnsCheck->setEnabled(m_mayValidate && !m_running && pending);
    m_caaCheck->setEnabled(m_mayValidate && !m_running && !fqdn.isEmpty());
    m_copy->setEnabled(attempt && !domain::dcvMethodIsEmail(attempt->method)); // each email has its own value
    if (attempt) {
        const auto challenge = app::DcvService(m_workspace).challenge(*attempt);
        m_instructions->setText(
            tr("<b>%1</b>, attempt %2 (%3): %4<br>Status: %5. Last seen: %6")
                .arg(fqdn.toHtmlEscaped())
                .arg(attempt->id)
                .arg(domain::dcvMethodCitation(attempt->method),
                     (challenge ? app::DcvService::applicantInstructions(*attempt, *challenge)
                                : challenge.error().userMessage)
                         .toHtmlEscaped(),
                     domain::dcvStatusId(attempt->status),
                     attempt->observed.isEmpty() ? tr("nothing yet") : attempt->observed.toHtmlEscaped()));
        // Email methods: every address with its status and its value's expiry (R-DCV-1); the value
        // itself only goes to the mailbox (R-DCV-2).
        const auto emails = app::DcvService(m_workspace).emails(attempt->id).value_or(QList<domain::DcvEmail>{});
        for (const domain::DcvEmail& email : emails) {
            m_instructions->setText(m_instructions->text() + QStringLiteral("<br>") +
                                    tr("%1: %2, its value valid until %3")
                                        .arg(email.address.toHtmlEscaped(), domain::dcvEmailStatusId(email.status),
                                             when(email.random.expiresAt())));
        }
    } else {
        m_instructions->setText(tr("No validation started for <b>%1</b>.").arg(fqdn.toHtmlEscaped()));
    }
    // R-DOC-2: the validation this name relies on, its age and until when it may be used.
    if (const auto inUse = m_inUse.constFind(fqdn); inUse != m_inUse.cend()) {
        m_instructions->setText(
            m_instructions->text() + QStringLiteral("<br>") +
            tr("In use: %1 validation of %2 (%3 days old), usable until %4 under the reuse limit in force%5.")
                .arg(domain::dcvMethodCitation(inUse->attempt.method), when(inUse->attempt.checkedAt))
                .arg(inUse->ageDays)
                .arg(when(inUse->usableUntil),
                     inUse->reused ? tr(", reused from %1").arg(inUse->applicationReference.toHtmlEscaped())
                                   : QString()));
    }
    const auto caa = latestCaa(fqdn);
    if (caa) {
        m_caa->setText(
            tr("CAA %1 at %2: %3<br>Relevant record set at %4: %5<br>%6 · TTL %7 s · good until %8")
                .arg(domain::caaVerdictId(caa->verdict), when(caa->checkedAt), caa->reason.toHtmlEscaped(),
                     caa->relevantName.isEmpty() ? tr("(none)") : caa->relevantName,
                     caa->records.isEmpty() ? tr("(empty)") : caa->records.join(QStringLiteral("; ")).toHtmlEscaped(),
                     dnssecText(caa->dnssec))
                .arg(caa->ttl)
                .arg(when(caa->validUntil)));
    } else {
        m_caa->setText(tr("CAA not checked yet."));
    }
    if (m_running) {
        return;
    }
    // The grid shows the latest round for this name: its DCV check or its CAA check, whichever is newer.
    const QDateTime dcvAt = attempt ? attempt->checkedAt : QDateTime();
    if (caa && (!dcvAt.isValid() || caa->checkedAt > dcvAt)) {
        const auto all = app::CaaService(m_workspace).observations(caa->id).value_or(QList<app::StoredObservation>{});
        showObservations(all, tr("CAA: %1").arg(caa->corroboration));
    } else if (attempt && dcvAt.isValid()) {
        const auto all =
            app::DcvService(m_workspace).observations(attempt->id).value_or(QList<app::StoredObservation>{});
        showObservations(app::roundAt(all, attempt->checkedAt), tr("Validation: %1").arg(attempt->corroboration));
    } else {
        showObservations({}, {});
    }
}

void DomainsPage::showObservations(const QList<app::StoredObservation>& observations, const QString& decision) {
    m_perspectives->setRowCount(0);
    for (const app::StoredObservation& observation : observations) {
        app::PerspectiveReport report = observation.report;
        showReport(report);
        QTableWidgetItem* outcome = m_perspectives->item(m_perspectives->rowCount() - 1, 3);
        outcome->setText(outcomeText(observation.outcome));
        outcome->setIcon(statusIcon(outcomeStatus(observation.outcome)));
    }
    m_decision->setText(decision);
}

void DomainsPage::showReport(const app::PerspectiveReport& report) {
    int row = 0;
    while (row < m_perspectives->rowCount() && m_perspectives->item(row, 0)->text() != report.perspective) {
        ++row;
    }
    if (row == m_perspectives->rowCount()) {
        m_perspectives->insertRow(row);
    }
    const QString observed = report.observedText();
    const QStringList cells{report.perspective, report.region,
                            report.rir,         {},
                            observed,           report.elapsedMs > 0 ? tr("%1 ms").arg(report.elapsedMs) : QString()};
    for (int column = 0; column < cells.size(); ++column) {
        m_perspectives->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!report.endpoint.isEmpty()) {
        m_perspectives->item(row, 0)->setToolTip(
            tr("Asked at %1; its certificate's SHA-256: %2")
                .arg(report.endpoint, report.certificateSha256.isEmpty() ? tr("none") : report.certificateSha256));
    }
    const bool answered = report.answered || !report.detail.isEmpty() || report.elapsedMs > 0;
    m_perspectives->item(row, 3)->setText(
        answered ? (report.answered ? tr("Answered") : outcomeText(QStringLiteral("failed"))) : outcomeText({}));
    m_perspectives->item(row, 3)->setIcon(statusIcon(!answered         ? CheckStatus::Pending
                                                     : report.answered ? CheckStatus::Passed
                                                                       : CheckStatus::Failed));
    m_perspectives->resizeColumnsToContents();
}

void DomainsPage::setRunning(bool running) {
    m_running = running;
    m_names->setEnabled(!running);
    showSelected();
}

void DomainsPage::askForValidation() {
    const QString fqdn = selectedName();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Start validation of %1").arg(fqdn));
    auto* form = new QFormLayout(&dialog);
    auto* method = new QComboBox;
    method->setObjectName(QStringLiteral("dcvMethodComboBox"));
    auto* model = new QStandardItemModel(method);
    for (const domain::DcvMethod each :
         {domain::DcvMethod::ContactEmail, domain::DcvMethod::ConstructedEmail, domain::DcvMethod::DnsChange,
          domain::DcvMethod::CaaContactEmail, domain::DcvMethod::TxtContactEmail, domain::DcvMethod::WebsiteChange,
          domain::DcvMethod::AcmeHttp01}) {
        auto* item = new QStandardItem(tr("%1 (%2)").arg(domain::dcvMethodId(each), domain::dcvMethodCitation(each)));
        item->setData(int(each));
        model->appendRow(item);
    }
    method->setModel(model);
    method->setCurrentIndex(2);
    auto* adn = new QLineEdit(fqdn);
    adn->setObjectName(QStringLiteral("adnLineEdit"));
    auto* label = new QLineEdit(QStringLiteral("_ra-validation"));
    label->setObjectName(QStringLiteral("labelLineEdit"));
    form->addRow(tr("&Method:"), method);
    form->addRow(tr("&Authorization Domain Name:"), adn);
    form->addRow(tr("&Underscore label (optional):"), label);
    // The HTTP methods validate the name itself (CP 3.2.2.4 items 6, 7), and only the DNS change
    // method takes a label: nothing to choose where the method decides.
    connect(method, &QComboBox::currentIndexChanged, &dialog, [=](int index) {
        const auto chosen = domain::DcvMethod(model->item(index)->data().toInt());
        const bool overHttp = domain::dcvMethodIsOverHttp(chosen);
        adn->setEnabled(!overHttp);
        label->setEnabled(chosen == domain::DcvMethod::DnsChange); // only method 3 publishes under a label
        if (overHttp) {
            adn->setText(fqdn);
        }
    });
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    startValidation(fqdn, domain::DcvMethod(model->item(method->currentIndex())->data().toInt()), adn->text().trimmed(),
                    label->isEnabled() ? label->text().trimmed() : QString());
}

void DomainsPage::startValidation(const QString& fqdn, domain::DcvMethod method, const QString& authorizationDomain,
                                  const QString& label) {
    const auto started =
        app::DcvService(m_workspace).start(m_user, m_application.id, fqdn, method, authorizationDomain, label);
    if (!started) {
        Prompts::showError(this, tr("Domain validation"), started.error().userMessage, started.error().detail);
        return;
    }
    fillNames();
    if (domain::dcvMethodIsEmail(method)) {
        runDnsCheck(); // the emails go out now, on the worker thread
        if (m_running) {
            return; // the round's end reloads the window; a reload now would drop the round
        }
    }
    emit evidenceRecorded();
}

void DomainsPage::runDnsCheck() {
    const auto attempt = latestAttempt(selectedName());
    if (!attempt || m_running) {
        return;
    }
    const auto round = app::DcvService(m_workspace).prepareCheck(m_user, attempt->id);
    if (!round) {
        Prompts::showError(this, tr("Domain validation"), round.error().userMessage, round.error().detail);
        fillNames();
        return;
    }
    startRound(*round, false);
}

void DomainsPage::runCaaCheck() {
    if (m_running) {
        return;
    }
    const auto round = app::CaaService(m_workspace).prepareCheck(m_user, m_application.id, selectedName());
    if (!round) {
        Prompts::showError(this, tr("CAA"), round.error().userMessage, round.error().detail);
        return;
    }
    startRound(*round, true);
}

void DomainsPage::startRound(const app::ValidationRound& round, bool caa) {
    setRunning(true);
    m_perspectives->setRowCount(0);
    app::PerspectiveReport primary;
    primary.perspective = QStringLiteral("primary");
    showReport(primary);
    for (const app::PerspectiveEndpoint& endpoint : round.settings.perspectives) {
        app::PerspectiveReport waiting;
        waiting.perspective = endpoint.name;
        waiting.region = endpoint.region;
        waiting.rir = domain::rirId(endpoint.rir);
        showReport(waiting);
    }
    const int total = int(round.settings.perspectives.size()) + 1;
    m_progress->setText(tr("Asking %1 perspectives…").arg(total));
    m_decision->clear();
    // Reports come from the worker thread; the page may be gone by the time they arrive. The guard
    // is shared, not copied, and only read on the GUI thread.
    const auto page = std::make_shared<const QPointer<DomainsPage>>(this);
    auto answered = std::make_shared<std::atomic_int>(0);
    const app::MpicRound::Progress progress = [page, answered, total](const app::PerspectiveReport& report) {
        const int count = ++*answered;
        QMetaObject::invokeMethod(
            qApp,
            [page, report, count, total] {
                if (DomainsPage* alive = page->data()) {
                    alive->showReport(report);
                    alive->m_progress->setText(tr("%1 of %2 perspectives answered…").arg(count).arg(total));
                }
            },
            Qt::QueuedConnection);
    };
    (void)QtConcurrent::run([page, round, caa, progress] {
        const app::DcvRoundResult result =
            caa ? app::DcvRoundResult{app::CaaService::observe(round, progress), {}, true, {}}
                : app::DcvService::observe(round, progress);
        QMetaObject::invokeMethod(
            qApp,
            [page, round, caa, result] {
                // The window was closed: nothing is recorded, the check can be run again.
                if (DomainsPage* alive = page->data()) {
                    alive->finishRound(round, caa, result);
                }
            },
            Qt::QueuedConnection);
    });
}

void DomainsPage::finishRound(const app::ValidationRound& round, bool caa, const app::DcvRoundResult& result) {
    QString failure;
    if (caa) {
        const auto recorded = app::CaaService(m_workspace).recordCheck(m_user, round, result.mpic);
        failure = recorded ? QString() : recorded.error().userMessage;
    } else {
        const auto recorded = app::DcvService(m_workspace).recordCheck(m_user, round, result);
        failure = recorded ? QString() : recorded.error().userMessage;
    }
    m_progress->setText(failure.isEmpty() ? tr("Done in %1 ms.").arg(result.mpic.elapsedMs) : failure);
    setRunning(false);
    fillNames();
    emit roundFinished();
    emit evidenceRecorded();
}

} // namespace ra::ui

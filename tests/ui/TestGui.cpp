// SPDX-License-Identifier: Apache-2.0
// The GUI as RA staff use it: sign in with TOTP, import (menu and drag-and-drop), open an
// application and read its pages, move it through the workflow, lock on idle, and an auditor who
// can look at everything and change nothing. With RA_SCREENSHOT_DIR set it also saves the
// screenshots linked from README.md.
#include "app/AuditLogService.h"
#include "app/AuthService.h"
#include "app/CaSetupService.h"
#include "app/DcvService.h"
#include "app/DemoWorkspace.h"
#include "app/DocumentService.h"
#include "app/HighRiskService.h"
#include "app/OrganizationService.h"
#include "app/UserService.h"
#include "app/lab/DnsLab.h"
#include "app/lab/PerspectiveLab.h"
#include "app/mail/Mail.h"
#include "crypto/Base32.h"
#include "crypto/Totp.h"
#include "domain/Checklist.h"
#include "domain/CorporateNumber.h"
#include "domain/DocumentReview.h"
#include "domain/Workflow.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/LabPort.h"
#include "tests/support/OutsideSql.h"
#include "tests/support/ProcessRun.h"
#include "tests/support/TestWorkspace.h"
#include "translations/Translations.h"
#include "ui/ApplicationQueueModel.h"
#include "ui/ApplicationWindow.h"
#include "ui/ApprovalDialog.h"
#include "ui/AuditBrowser.h"
#include "ui/AuditLogModel.h"
#include "ui/AuthorityPage.h"
#include "ui/CaActivationDialog.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/DataSourcesDialog.h"
#include "ui/DocumentsPage.h"
#include "ui/DomainsPage.h"
#include "ui/EnrolmentDialog.h"
#include "ui/EvidenceDialog.h"
#include "ui/HighRiskNamesDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/OrganizationPage.h"
#include "ui/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace ra;
using test::TestWorkspace;

namespace {
void screenshot(QWidget* widget, const QString& name) {
    const QString directory = qEnvironmentVariable("RA_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return;
    }
    widget->show();
    QTest::qWait(400); // let PDF pages and layouts render

    QVERIFY(widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png"))));
}

// Runs `act` on the next modal dialog of type T as soon as it is shown: polled every 10 ms rather
// than after a fixed delay, which a slow machine outruns. Gives up after 10 s (the test's own
// QTRY/QCOMPARE then fails on what did not happen).
template <class T>
void onModal(QObject* owner, std::function<void(T*)> act) {
    auto* poll = new QTimer(owner);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    QObject::connect(poll, &QTimer::timeout, owner, [poll, act = std::move(act), waited] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog && waited->elapsed() < 10000) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        if (dialog) {
            act(dialog);
        } else {
            qWarning("no modal %s was shown", T::staticMetaObject.className());
        }
    });
    poll->start(10);
}

template <class T>
T* child(QWidget* parent, const QString& name) {
    T* found = parent->findChild<T*>(name);
    if (!found) {
        qWarning("no child %s", qPrintable(name));
    }
    return found;
}
} // namespace

class TestGui : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    domain::User m_officer;
    domain::User m_supervisor;
    domain::User m_auditor;

    qint64 importDemo(ui::MainWindow& window, const QString& name) {
        return window.importPackage(m_ws->copyDemoPackage(name));
    }

private slots:
    void init() {
        translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        m_ws = std::make_unique<TestWorkspace>();
        m_officer = m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer, true);
        m_supervisor = m_ws->addUser(QStringLiteral("sato"), domain::Role::Supervisor, true);
        m_auditor = m_ws->addUser(QStringLiteral("ito"), domain::Role::Auditor);
    }

    void loginDialogSignsInWithPasswordAndCode_R_ROLE_3() {
        ui::LoginDialog dialog(m_ws->workspace(), ui::LoginDialog::Mode::Login);
        screenshot(&dialog, QStringLiteral("login"));
        child<QLineEdit>(&dialog, QStringLiteral("userLineEdit"))->setText(QStringLiteral("tanaka"));
        child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("wrong-password"));
        child<QLineEdit>(&dialog, QStringLiteral("codeLineEdit"))->setText(m_ws->code(QStringLiteral("tanaka")));
        dialog.attempt();
        QVERIFY(!dialog.user());
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("messageLabel"))->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))->text().isEmpty());

        child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))
            ->setText(TestWorkspace::password(QStringLiteral("tanaka")));
        child<QLineEdit>(&dialog, QStringLiteral("codeLineEdit"))->setText(m_ws->code(QStringLiteral("tanaka")));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("signInButton")), Qt::LeftButton);
        QVERIFY(dialog.user());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user()->username, QStringLiteral("tanaka"));
    }

    void officerImportsOpensAndReadsAnApplication_R_IN_2() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        window.show();
        QVERIFY(window.findChild<QAction*>(QStringLiteral("importAction")));
        importDemo(window, QStringLiteral("example-shop"));
        importDemo(window, QStringLiteral("kansai-foods"));
        ui::Prompts::setNextAnswer(m_ws->copyDemoPackage(QStringLiteral("sample-kk")));
        window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(window.queueModel()->totalCount(), 3);
        QCOMPARE(window.viewNames(), QStringList({QStringLiteral("my-work"), QStringLiteral("received"),
                                                  QStringLiteral("all"), QStringLiteral("returned")}));
        window.showView(QStringLiteral("all"));
        screenshot(&window, QStringLiteral("main-window"));

        const qint64 id = window.queueModel()->applicationId(0);
        QVERIFY(id > 0);
        ui::ApplicationWindow* application = window.openApplication(3);
        QVERIFY(application);
        QCOMPARE(window.openApplication(3), application); // one window per application
        QVERIFY(child<QLabel>(application, QStringLiteral("csrSubjectLabel"))
                    ->text()
                    .contains(QStringLiteral("CN=www.sample.co.jp")));
        QCOMPARE(child<QLabel>(application, QStringLiteral("csrKeyLabel"))->text(), QStringLiteral("RSA 2048 bits"));
        QVERIFY(child<QLabel>(application, QStringLiteral("csrSignatureLabel"))
                    ->text()
                    .contains(QStringLiteral("Verifies")));
        QCOMPARE(child<QListWidget>(application, QStringLiteral("stepsListWidget"))->count(), 6);

        // Every key and name check with its result and rule (R-CSR-2..4).
        auto* checks = child<QTreeWidget>(application, QStringLiteral("csrChecksTreeWidget"));
        QCOMPARE(checks->topLevelItemCount(), 3); // the key and the two names
        QVERIFY(checks->topLevelItem(0)->childCount() >= 9);
        QCOMPARE(checks->topLevelItem(0)->child(1)->text(1), QStringLiteral("key.rsa-exponent"));
        QCOMPARE(checks->topLevelItem(0)->child(1)->text(3), QStringLiteral("BR 6.1.6 · R-CSR-2"));
        QVERIFY(checks->topLevelItem(1)->text(2).contains(QStringLiteral("sample.co.jp")));

        // The certificate it would get, built to the profile and linted (R-ISS-1, R-ISS-2).
        QVERIFY(child<QLabel>(application, QStringLiteral("previewSubjectLabel"))
                    ->text()
                    .contains(QStringLiteral("CN=www.sample.co.jp")));
        QVERIFY(
            child<QLabel>(application, QStringLiteral("previewVerdictLabel"))->text().startsWith(QStringLiteral("✔")));
        QVERIFY(child<QTreeWidget>(application, QStringLiteral("lintTreeWidget"))->topLevelItemCount() >= 60);

        // The checklist cites its policy section, and the rule panel shows the rule.
        auto* checklist = child<QTreeWidget>(child<QWidget>(application, QStringLiteral("applicantPage")),
                                             QStringLiteral("checklistTreeWidget"));
        QVERIFY(checklist->topLevelItem(1)->text(2).startsWith(QStringLiteral("CP 3.2.1")));
        checklist->setCurrentItem(checklist->topLevelItem(1));
        QVERIFY(child<QTextBrowser>(application, QStringLiteral("ruleTextBrowser"))
                    ->toHtml()
                    .contains(QStringLiteral("R-CSR-1")));
        screenshot(application, QStringLiteral("application-csr"));

        // Documents: the stored file is checked against its SHA-256 before it is shown (R-DOC-1).
        application->showStep(domain::ReviewStep::Documents);
        auto* documents = child<QTableWidget>(application, QStringLiteral("documentsTableWidget"));
        QCOMPARE(documents->rowCount(), 1);
        documents->setCurrentCell(0, 0);
        QVERIFY(child<QLabel>(application, QStringLiteral("documentStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("matches")));
        QVERIFY(application->findChild<QWidget*>(QStringLiteral("pdfView")));
        screenshot(application, QStringLiteral("application-documents"));

        // Summary: submission stays disabled with the reason on screen (R-APR-1).
        application->showStep(domain::ReviewStep::Summary);
        QVERIFY(!child<QPushButton>(application, QStringLiteral("summarySubmitButton"))->isEnabled());
        QVERIFY(child<QLabel>(application, QStringLiteral("submitReasonLabel"))
                    ->text()
                    .contains(domain::Checklist::find(u"org.identity")->title()));
        // Every item of every step, grouped by step; selecting one shows its rule.
        auto* summary = child<QTreeWidget>(application, QStringLiteral("checksTreeWidget"));
        int listed = 0;
        for (int group = 0; group < summary->topLevelItemCount(); ++group) {
            listed += summary->topLevelItem(group)->childCount();
        }
        QCOMPARE(listed, int(domain::Checklist::definitions().size()));
        QVERIFY(child<QLabel>(application, QStringLiteral("countLabel"))->text().contains(QStringLiteral("mandatory")));
        summary->setCurrentItem(summary->topLevelItem(1)->child(0));
        QVERIFY(child<QTextBrowser>(application, QStringLiteral("ruleTextBrowser"))
                    ->toPlainText()
                    .contains(domain::Checklist::forStep(domain::ReviewStep::Organization).front().citation));
        screenshot(application, QStringLiteral("application-summary"));

        // Workflow from the buttons: take for review; the state and the timeline follow.
        QVERIFY(application->actionButtonTexts().contains(QStringLiteral("Take for review")));
        application->perform(domain::WorkflowAction::TakeForReview);
        QCOMPARE(application->application().state, domain::ApplicationState::InReview);
        QVERIFY(child<QLabel>(application, QStringLiteral("stateLabel"))->text().contains(QStringLiteral("In review")));
        QVERIFY(child<QListWidget>(application, QStringLiteral("timelineListWidget"))->count() >= 2);
        QVERIFY(!application->actionButtonTexts().contains(QStringLiteral("Take for review")));
        application->close();
    }

    void aTamperedStoredDocumentIsFlagged_R_DOC_1() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        const qint64 id = importDemo(window, QStringLiteral("sample-kk"));
        const auto stored = m_ws->workspace().applications().byId(id)->documents.front();
        const QString path = m_ws->workspace().documentPath(stored.sha256);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("tampered");
        file.close();
        ui::ApplicationWindow* application = window.openApplication(id);
        application->showStep(domain::ReviewStep::Documents);
        child<QTableWidget>(application, QStringLiteral("documentsTableWidget"))->setCurrentCell(0, 0);
        QVERIFY(child<QLabel>(application, QStringLiteral("documentStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("does not match")));
        QVERIFY(!application->findChild<QWidget*>(QStringLiteral("pdfView")));
        application->close();
    }

    void dropImportsAPackage() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        QVERIFY(window.acceptDrops());
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_ws->copyDemoPackage(QStringLiteral("kansai-foods")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM applications")), 1);
    }

    void aBrokenPackageShowsWhatIsWrong() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        TestWorkspace::writeManifest(package, "{ broken");
        ui::Prompts::setNextAnswer(QString()); // acknowledges the error box
        QCOMPARE(window.importPackage(package), 0);
        QVERIFY(ui::Prompts::lastError().contains(QStringLiteral("not valid JSON")));
    }

    void errorsShowPackageTextAsTyped() {
        // Issue 12 item 11: a package may name itself with markup; an error quoting it shows the
        // characters, not a link or bold text.
        bool checked = false;
        onModal<QMessageBox>(this, [&](QMessageBox* box) {
            checked = box->textFormat() == Qt::PlainText &&
                      box->text().contains(QStringLiteral("<a href=\"https://evil.example\">"));
            box->accept();
        });
        ui::Prompts::showError(nullptr, QStringLiteral("Import"),
                               QStringLiteral("Package <a href=\"https://evil.example\">ACME</a> is broken."), {});
        QVERIFY(checked);
    }

    void quitClosesTheApplicationWindowsWithTheSession_R_ROLE_4() {
        // Issue 12 item 11: after File > Quit no application window is left acting for nobody.
        ui::MainWindow window(m_ws->workspace(), m_officer);
        window.show();
        const qint64 id = importDemo(window, QStringLiteral("sample-kk"));
        QPointer<ui::ApplicationWindow> opened = window.openApplication(id);
        QVERIFY(opened && opened->isVisible());
        QVERIFY(window.close());
        QTRY_VERIFY_WITH_TIMEOUT(opened.isNull(), 5000);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'auth.logout' AND "
                                            "actor = 'tanaka'")),
                 1);
    }

    void returningAsksForAReason_R_APR_1() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        const qint64 id = importDemo(window, QStringLiteral("nihon-logistics"));
        ui::ApplicationWindow* application = window.openApplication(id);
        ui::Prompts::setNextAnswer(std::nullopt); // cancelled: nothing happens
        application->perform(domain::WorkflowAction::ReturnToApplicant);
        QCOMPARE(application->application().state, domain::ApplicationState::Received);
        ui::Prompts::setNextAnswer(QStringLiteral("OU=IT is prohibited by the profile"));
        application->perform(domain::WorkflowAction::ReturnToApplicant);
        QCOMPARE(application->application().state, domain::ApplicationState::Returned);
        QVERIFY(child<QLabel>(application, QStringLiteral("reasonLabel"))->text().contains(QStringLiteral("OU=IT")));
        application->close();
    }

    void auditorSeesEverythingAndCanChangeNothing_R_ROLE_1() {
        {
            ui::MainWindow officerWindow(m_ws->workspace(), m_officer);
            importDemo(officerWindow, QStringLiteral("sample-kk"));
        }
        ui::MainWindow window(m_ws->workspace(), m_auditor);
        QVERIFY(window.changingActions().isEmpty());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("importAction")));
        QVERIFY(!window.acceptDrops());
        QCOMPARE(window.viewNames(), QStringList({QStringLiteral("all"), QStringLiteral("audit")}));
        QCOMPARE(window.importPackage(m_ws->copyDemoPackage(QStringLiteral("kansai-foods"))), 0);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM applications")), 1);

        ui::ApplicationWindow* application = window.openApplication(1);
        // Only the dossier, which reads and changes nothing in the application.
        QCOMPARE(application->actionButtonTexts(), QStringList{QStringLiteral("Dossier PDF…")});
        ui::Prompts::setNextAnswer(QString());                       // acknowledges the refusal
        application->perform(domain::WorkflowAction::TakeForReview); // even if called, the domain refuses
        QVERIFY(ui::Prompts::lastError().contains(QStringLiteral("RA officer")));
        QCOMPARE(application->application().state, domain::ApplicationState::Received);
        application->close();

        window.showView(QStringLiteral("audit"));
        ui::AuditBrowser* browser = window.auditBrowser();
        QVERIFY(browser);
        QVERIFY(browser->model()->totalCount() > 3);
        QVERIFY(child<QPushButton>(browser, QStringLiteral("exportButton"))->isVisibleTo(browser));
        QSignalSpy finished(browser, &ui::AuditBrowser::verificationFinished);
        browser->startVerification();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(browser->verificationText().startsWith(QStringLiteral("✔ The audit log is intact")));
        screenshot(&window, QStringLiteral("audit-browser"));

        QTemporaryDir dir;
        ui::Prompts::setNextAnswer(dir.filePath(QStringLiteral("export.jsonl")));
        browser->exportLog();
        QVERIFY(app::AuditLogService::verifyExport(dir.filePath(QStringLiteral("export.jsonl")), {}).ok());
    }

    void supervisorHasNoExportAndNoImport() {
        ui::MainWindow window(m_ws->workspace(), m_supervisor);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("importAction")));
        QVERIFY(window.viewNames().contains(QStringLiteral("approvals")));
        QVERIFY(!child<QPushButton>(window.auditBrowser(), QStringLiteral("exportButton"))
                     ->isVisibleTo(window.auditBrowser()));
    }

    void aNewSupervisorEnrolsAtFirstSignIn_R_ROLE_1_R_ROLE_4() {
        // root-admin creates kimura, second-admin confirms: kimura holds both parts of the code.
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        const domain::User second = *m_ws->workspace().users().byUsername(QStringLiteral("second-admin"));
        app::UserService users(m_ws->workspace());
        const auto added = users.add(admin, QStringLiteral("kimura"), {}, domain::Role::Supervisor, false);
        QVERIFY(added);
        const auto confirmed = users.confirmGrant(second, QStringLiteral("kimura"));
        QVERIFY(confirmed);

        ui::LoginDialog login(m_ws->workspace(), ui::LoginDialog::Mode::Login);
        login.show();
        bool enrolled = false;
        QString secretText; // what the dialog showed kimura for her authenticator
        onModal<ui::EnrolmentDialog>(this, [&](ui::EnrolmentDialog* dialog) {
            child<QLineEdit>(dialog, QStringLiteral("userLineEdit"))->setText(QStringLiteral("kimura"));
            // The first part alone: refused, and the dialog stays on the first step.
            child<QLineEdit>(dialog, QStringLiteral("enrolmentCodeLineEdit"))->setText(added->code);
            dialog->proceed();
            QVERIFY(!child<QLabel>(dialog, QStringLiteral("messageLabel"))->text().isEmpty());
            QVERIFY(child<QWidget>(dialog, QStringLiteral("codePage"))->isVisible());
            child<QLineEdit>(dialog, QStringLiteral("enrolmentCodeLineEdit"))
                ->setText(added->code + QLatin1Char(' ') + confirmed->code);
            dialog->proceed();
            QVERIFY(child<QWidget>(dialog, QStringLiteral("choicesPage"))->isVisible());
            secretText = child<QLabel>(dialog, QStringLiteral("secretLabel"))->text();
            QCOMPARE(secretText.size(), 32);
            screenshot(dialog, QStringLiteral("first-sign-in"));
            // Two different passwords: refused before anything is stored.
            child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))
                ->setText(QStringLiteral("kimura-long-password"));
            child<QLineEdit>(dialog, QStringLiteral("repeatLineEdit"))
                ->setText(QStringLiteral("kimura-other-password"));
            dialog->proceed();
            QVERIFY(!child<QLabel>(dialog, QStringLiteral("messageLabel"))->text().isEmpty());
            QVERIFY(m_ws->workspace().users().byUsername(QStringLiteral("kimura"))->awaitingEnrolment);
            QByteArray raw = *crypto::base32Decode(secretText.toLatin1());
            const QString code =
                crypto::Totp::code(crypto::SecureBytes::takeFrom(raw), m_ws->clock().nowUtc().toSecsSinceEpoch());
            child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))
                ->setText(QStringLiteral("kimura-long-password"));
            child<QLineEdit>(dialog, QStringLiteral("repeatLineEdit"))->setText(QStringLiteral("kimura-long-password"));
            child<QLineEdit>(dialog, QStringLiteral("totpLineEdit"))->setText(code);
            dialog->proceed();
            enrolled = dialog->result() == QDialog::Accepted;
        });
        QTest::mouseClick(child<QPushButton>(&login, QStringLiteral("firstSignInButton")), Qt::LeftButton);
        QVERIFY(enrolled);
        QCOMPARE(child<QLineEdit>(&login, QStringLiteral("userLineEdit"))->text(), QStringLiteral("kimura"));
        // kimura signs in with the password and authenticator she chose.
        m_ws->clock().advanceSeconds(30);
        QByteArray secret = *crypto::base32Decode(secretText.toLatin1());
        child<QLineEdit>(&login, QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("kimura-long-password"));
        child<QLineEdit>(&login, QStringLiteral("codeLineEdit"))
            ->setText(
                crypto::Totp::code(crypto::SecureBytes::takeFrom(secret), m_ws->clock().nowUtc().toSecsSinceEpoch()));
        login.attempt();
        QVERIFY(login.user());
        QCOMPARE(login.user()->role, domain::Role::Supervisor);
    }

    void anOfficerChangesTheirPassword_R_ROLE_4() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        window.show();
        bool changed = false;
        onModal<ui::ChangePasswordDialog>(this, [&](ui::ChangePasswordDialog* dialog) {
            child<QLineEdit>(dialog, QStringLiteral("currentLineEdit"))->setText(QStringLiteral("not-the-password"));
            child<QLineEdit>(dialog, QStringLiteral("newLineEdit"))->setText(QStringLiteral("tanaka-new-password"));
            child<QLineEdit>(dialog, QStringLiteral("repeatLineEdit"))->setText(QStringLiteral("tanaka-new-password"));
            dialog->accept();
            QVERIFY(dialog->isVisible()); // wrong current password: still open, told why
            QVERIFY(!child<QLabel>(dialog, QStringLiteral("messageLabel"))->text().isEmpty());
            screenshot(dialog, QStringLiteral("change-password"));
            child<QLineEdit>(dialog, QStringLiteral("currentLineEdit"))
                ->setText(TestWorkspace::password(QStringLiteral("tanaka")));
            child<QLineEdit>(dialog, QStringLiteral("newLineEdit"))->setText(QStringLiteral("tanaka-new-password"));
            child<QLineEdit>(dialog, QStringLiteral("repeatLineEdit"))->setText(QStringLiteral("tanaka-new-password"));
            dialog->accept();
            changed = dialog->result() == QDialog::Accepted;
        });
        child<QAction>(&window, QStringLiteral("changePasswordAction"))->trigger();
        QVERIFY(changed);
        QVERIFY(app::AuthService(m_ws->workspace())
                    .login(QStringLiteral("tanaka"), TestWorkspace::secret(QStringLiteral("tanaka-new-password")),
                           m_ws->code(QStringLiteral("tanaka"))));
    }

    void idleSessionLocksAndUnlocks_R_ROLE_4() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        window.show();
        bool sawDialog = false;
        onModal<ui::LoginDialog>(this, [&](ui::LoginDialog* dialog) {
            sawDialog = true;
            QVERIFY(window.isLocked());
            QVERIFY(!window.centralWidget()->isVisible()); // nothing of the work on screen
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("userLineEdit"))->text(), QStringLiteral("tanaka"));
            screenshot(dialog, QStringLiteral("locked"));
            child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))
                ->setText(TestWorkspace::password(QStringLiteral("tanaka")));
            child<QLineEdit>(dialog, QStringLiteral("codeLineEdit"))->setText(m_ws->code(QStringLiteral("tanaka")));
            dialog->attempt();
        });
        window.setIdleTimeout(50);
        QTRY_VERIFY_WITH_TIMEOUT(sawDialog, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 5000);
        QVERIFY(window.centralWidget()->isVisible());
        window.setIdleTimeout(60 * 60 * 1000);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'session.locked'")), 1);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'session.unlocked'")),
                 1);
    }

    void custodiansActivateTheCaKeyFromTheDialog_R_HSM_2() {
        QTemporaryDir dir;
        domain::FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        auto demo = app::DemoWorkspace::create(dir.filePath(QStringLiteral("demo")), clock);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().detail));
        QFile file(QDir((*demo)->directory()).filePath(QStringLiteral("demo-credentials.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QJsonObject> users;
        for (const QJsonValue& user : QJsonDocument::fromJson(file.readAll())[QStringLiteral("users")].toArray()) {
            users.insert(user[QStringLiteral("user")].toString(), user.toObject());
        }
        const auto codeOf = [&](const QString& name) {
            QByteArray seed =
                *crypto::base32Decode(users.value(name)[QStringLiteral("totp_secret")].toString().toLatin1());
            return crypto::Totp::code(crypto::SecureBytes::takeFrom(seed), clock.nowUtc().toSecsSinceEpoch());
        };
        const domain::User sato = *(*demo)->users().byUsername(QStringLiteral("sato"));
        ui::MainWindow window(**demo, sato);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("activateCaKeyAction")));

        const auto fill = [&](ui::CaActivationDialog* dialog, const QStringList& custodians) {
            clock.advanceSeconds(30);
            for (int i = 0; i < 2; ++i) {
                const QString name = custodians.at(i);
                const QString prefix = QStringLiteral("custodian%1").arg(i + 1);
                child<QLineEdit>(dialog, prefix + QStringLiteral("UserLineEdit"))->setText(name);
                child<QLineEdit>(dialog, prefix + QStringLiteral("PasswordLineEdit"))
                    ->setText(users.value(name)[QStringLiteral("password")].toString());
                child<QLineEdit>(dialog, prefix + QStringLiteral("CodeLineEdit"))->setText(codeOf(name));
                child<QLineEdit>(dialog, prefix + QStringLiteral("ShareLineEdit"))
                    ->setText(users.value(name)[QStringLiteral("pin_share")].toString());
            }
            dialog->attempt();
        };
        bool refusedShown = false;
        onModal<ui::CaActivationDialog>(this, [&](ui::CaActivationDialog* dialog) {
            screenshot(dialog, QStringLiteral("ca-activation"));
            fill(dialog, {QStringLiteral("sato"), QStringLiteral("sato")});
            refusedShown =
                child<QLabel>(dialog, QStringLiteral("activationResultLabel"))->text().startsWith(QStringLiteral("✘"));
            // Nothing typed stays in the dialog.
            QVERIFY(child<QLineEdit>(dialog, QStringLiteral("custodian1PasswordLineEdit"))->text().isEmpty());
            QVERIFY(child<QLineEdit>(dialog, QStringLiteral("custodian2ShareLineEdit"))->text().isEmpty());
            fill(dialog, {QStringLiteral("sato"), QStringLiteral("tanaka")});
        });
        window.activateCaKey();
        QVERIFY(refusedShown);
        QVERIFY(window.isCaKeyActive());
        QVERIFY(child<QLabel>(&window, QStringLiteral("hsmStatusLabel"))->text().contains(QStringLiteral("tanaka")));
        window.deactivateCaKey();
        QVERIFY(!window.isCaKeyActive());
        QSqlQuery query((*demo)->database().connection());
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE event_type IN ('ca.activated', 'ca.deactivated', "
                    "'ca.activation_failed')")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 3);

        // R-AUD-2: the session left two checkpoints signed by the HSM's audit key; the auditor's
        // verification checks them with the key the HSM holds.
        ui::MainWindow auditorWindow(**demo, *(*demo)->users().byUsername(QStringLiteral("ito")));
        auditorWindow.showView(QStringLiteral("audit"));
        ui::AuditBrowser* browser = auditorWindow.auditBrowser();
        QVERIFY(browser);
        QSignalSpy finished(browser, &ui::AuditBrowser::verificationFinished);
        browser->startVerification();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY2(browser->verificationText().contains(QStringLiteral("2 checkpoint(s) signed by the HSM verify")),
                 qPrintable(browser->verificationText()));
        QVERIFY2(browser->verificationText().contains(QStringLiteral("match their seals")),
                 qPrintable(browser->verificationText()));
        screenshot(&auditorWindow, QStringLiteral("audit-browser-anchored"));

        // Issue 12 item 11: a checklist decision written straight into the database is named, with
        // its table and row, though the chain itself is intact.
        {
            QSqlDatabase outside = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            outside.setDatabaseName((*demo)->databasePath());
            QVERIFY(outside.open());
            QVERIFY(
                test::outsideExec(QStringLiteral("outside"),
                                  QStringLiteral("INSERT INTO checklist_decisions (application_id, code, status, "
                                                 "decided_by, decided_at, note) VALUES (3, 'org.identity', "
                                                 "'passed', 'suzuki', '2026-11-25T09:30:00.000Z', 'looked fine')")));
        }
        test::outsideClose(QStringLiteral("outside"));
        finished.clear();
        browser->startVerification();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY2(browser->verificationText().contains(QStringLiteral("checklist_decisions has no seal")),
                 qPrintable(browser->verificationText()));
        screenshot(&auditorWindow, QStringLiteral("audit-browser-unsealed-record"));
    }

    void supervisorApprovesAndCustodiansIssue_R_APR_2_R_ISS_3() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        QVERIFY2(demo.startLab(), qPrintable(demo.problem()));         // issuance checks CAA again (R-CAA-3)
        QVERIFY(demo.prepareForApproval(3, QStringLiteral("suzuki"))); // kansai-foods, validated by suzuki

        // yamada approves in the application window: the dialog shows the content, asks again for
        // the password and a fresh one-time code, and signs the approval.
        ui::ApplicationWindow approverView(demo.workspace(), demo.user(QStringLiteral("yamada")), 3);
        auto* approve = child<QPushButton>(&approverView, QStringLiteral("approveButton"));
        QVERIFY(approve);
        bool wrongCodeRefused = false;
        onModal<ui::ApprovalDialog>(this, [&](ui::ApprovalDialog* dialog) {
            screenshot(dialog, QStringLiteral("approval"));
            // The exact content: extensions and the checks with who decided them (UI.md).
            QVERIFY(child<QListWidget>(dialog, QStringLiteral("approvalExtensionsList"))->count() >= 8);
            QVERIFY(child<QTreeWidget>(dialog, QStringLiteral("approvalChecksTree"))->topLevelItemCount() > 10);
            child<QLineEdit>(dialog, QStringLiteral("approvalPasswordLineEdit"))
                ->setText(demo.field(QStringLiteral("yamada"), "password"));
            child<QLineEdit>(dialog, QStringLiteral("approvalCodeLineEdit"))->setText(QStringLiteral("000000"));
            dialog->attempt();
            wrongCodeRefused =
                child<QLabel>(dialog, QStringLiteral("approvalResultLabel"))->text().startsWith(QStringLiteral("✘"));
            child<QLineEdit>(dialog, QStringLiteral("approvalPasswordLineEdit"))
                ->setText(demo.field(QStringLiteral("yamada"), "password"));
            child<QLineEdit>(dialog, QStringLiteral("approvalCodeLineEdit"))
                ->setText(demo.code(QStringLiteral("yamada")));
            dialog->attempt();
        });
        approve->click();
        QVERIFY(wrongCodeRefused);
        QCOMPARE(demo.workspace().applications().byId(3)->state, domain::ApplicationState::Approved);

        // sato, a Key Custodian, issues it: the ceremony runs first, then the module signs.
        ui::MainWindow window(demo.workspace(), demo.user(QStringLiteral("sato")));
        ui::ApplicationWindow* view = window.openApplication(3);
        auto* issue = child<QPushButton>(view, QStringLiteral("issueButton"));
        QVERIFY(issue);
        onModal<ui::CaActivationDialog>(this, [&](ui::CaActivationDialog* dialog) {
            const QStringList custodians{QStringLiteral("sato"), QStringLiteral("tanaka")};
            for (int i = 0; i < 2; ++i) {
                const QString prefix = QStringLiteral("custodian%1").arg(i + 1);
                child<QLineEdit>(dialog, prefix + QStringLiteral("UserLineEdit"))->setText(custodians.at(i));
                child<QLineEdit>(dialog, prefix + QStringLiteral("PasswordLineEdit"))
                    ->setText(demo.field(custodians.at(i), "password"));
                child<QLineEdit>(dialog, prefix + QStringLiteral("CodeLineEdit"))->setText(demo.code(custodians.at(i)));
                child<QLineEdit>(dialog, prefix + QStringLiteral("ShareLineEdit"))
                    ->setText(demo.field(custodians.at(i), "pin_share"));
            }
            dialog->attempt();
        });
        issue->click();
        QCOMPARE(demo.workspace().applications().byId(3)->state, domain::ApplicationState::Issued);
        QVERIFY(window.isCaKeyActive()); // until the custodians deactivate it or the screen locks
        auto* certificate = child<QLabel>(view, QStringLiteral("certificateLabel"));
        QVERIFY(certificate);
        QVERIFY(certificate->text().contains(QStringLiteral("valid until")));
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("issueButton")));
        // R-CSR-5: the issued certificate's subject is the registry's record, as OpenSSL reads it.
        const auto issued = demo.workspace().certificates().currentFor(3);
        QVERIFY(issued && issued->has_value());
        QTemporaryFile pem;
        QVERIFY(pem.open());
        pem.write(app::CaSetupService::toPem((*issued)->certificate, "CERTIFICATE").toLatin1());
        pem.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-in"), pem.fileName(), QStringLiteral("-noout"),
                       QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("utf8,sep_comma_plus")});
        QVERIFY(openssl.waitForFinished(30000));
        const QString subject = QString::fromUtf8(openssl.readAllStandardOutput()).trimmed();
        QCOMPARE(subject,
                 QStringLiteral("subject=C=JP,ST=京都府,L=京都市下京区,O=関西フーズ株式会社,CN=www.kansai-foods.jp"));
        screenshot(view, QStringLiteral("issued-application"));
        window.deactivateCaKey();
    }

    // Issue 11, "How it is proved": an application waiting in the queue taken through every page
    // as its officer (registry search and look-up, documents, call-back, DCV with CAA and the six
    // perspectives, high risk decided at import), submitted from the Summary page, approved by a
    // supervisor in a second session, issued through the two-custodian ceremony; the certificate's
    // subject is the registry's record as OpenSSL reads it, the subscriber's email reaches the lab's
    // SMTP server and the dossier PDF names the corporate number.
    void anApplicationGoesFromTheQueueToIssuance_end_to_end() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        QVERIFY2(demo.startLab(), qPrintable(demo.problem()));
        // tokai-trading: imported, in the queue, nobody has taken it.
        const qint64 id = demo.applicationId(QStringLiteral("APP-2026-1047"));
        QVERIFY(id > 0);
        const auto stored = [&demo, id] { return *demo.workspace().applications().byId(id); };
        const auto statusOf = [&stored](const char* code) {
            const domain::Application application = stored();
            const domain::ChecklistItem* item = application.item(QString::fromLatin1(code));
            return item ? item->status : domain::CheckStatus::Pending;
        };
        QCOMPARE(stored().state, domain::ApplicationState::Received);
        QCOMPARE(statusOf("intake.high-risk-match"), domain::CheckStatus::Passed); // decided at import (R-IN-3)

        ui::MainWindow officerWindow(demo.workspace(), demo.user(QStringLiteral("tanaka")));
        ui::ApplicationWindow* view = officerWindow.openApplication(id);
        QVERIFY(view);
        view->resize(1280, 1000);
        view->perform(domain::WorkflowAction::TakeForReview);
        QCOMPARE(stored().state, domain::ApplicationState::InReview);
        demo.clock().advanceSeconds(3600);

        // Organization: found by its registered name, then looked up by its number.
        view->showStep(domain::ReviewStep::Organization);
        const auto organization = [view] { return view->findChild<ui::OrganizationPage*>(); };
        QSignalSpy searched(organization(), &ui::OrganizationPage::searchFinished);
        child<QPushButton>(organization(), QStringLiteral("searchButton"))->click();
        QVERIFY(searched.wait(15000));
        auto* hits = child<QTableWidget>(organization(), QStringLiteral("searchResultsTableWidget"));
        QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualItemRect(hits->item(0, 1)).center());
        const QString corporateNumber = domain::CorporateNumber::fromBase(QStringLiteral("180001099906"));
        QCOMPARE(child<QLineEdit>(organization(), QStringLiteral("corporateNumberLineEdit"))->text(), corporateNumber);
        QSignalSpy lookedUp(organization(), &ui::OrganizationPage::lookupFinished);
        child<QPushButton>(organization(), QStringLiteral("lookUpButton"))->click();
        QVERIFY(lookedUp.wait(15000));
        QVERIFY2(lookedUp.front().front().toString().isEmpty(), qPrintable(lookedUp.front().front().toString()));
        for (const char* code : {"org.identity", "org.address", "org.country"}) {
            QTRY_COMPARE(statusOf(code), domain::CheckStatus::Passed);
        }

        // Documents: the registry extract inspected.
        view->showStep(domain::ReviewStep::Documents);
        QTRY_VERIFY(view->findChild<ui::DocumentsPage*>());
        auto* documents = view->findChild<ui::DocumentsPage*>();
        child<QTableWidget>(documents, QStringLiteral("documentsTableWidget"))->setCurrentCell(0, 0);
        for (const char* check : {"issuerCheckBox", "datesCheckBox", "contentCheckBox", "unalteredCheckBox"}) {
            child<QCheckBox>(documents, QString::fromLatin1(check))->setChecked(true);
        }
        child<QPushButton>(documents, QStringLiteral("inspectButton"))->click();
        QTRY_COMPARE(statusOf("doc.inspected"), domain::CheckStatus::Passed);

        // Authority: a call-back to the number the approved telephone directory lists.
        view->showStep(domain::ReviewStep::Authority);
        QTRY_VERIFY(view->findChild<ui::AuthorityPage*>());
        auto* authority = view->findChild<ui::AuthorityPage*>();
        auto* sources = child<QComboBox>(authority, QStringLiteral("sourceComboBox"));
        sources->setCurrentIndex(sources->findData(demo.directorySourceId()));
        child<QLineEdit>(authority, QStringLiteral("sourceReferenceLineEdit"))
            ->setText(QStringLiteral("Nagoya head office listing"));
        child<QLineEdit>(authority, QStringLiteral("personLineEdit"))->setText(QStringLiteral("中村 次郎"));
        child<QLineEdit>(authority, QStringLiteral("personTitleLineEdit"))->setText(QStringLiteral("情報システム課長"));
        child<QLineEdit>(authority, QStringLiteral("contactLineEdit"))->setText(QStringLiteral("052-000-1234"));
        child<QPushButton>(authority, QStringLiteral("recordButton"))->click();
        QTRY_COMPARE(statusOf("authority.callback"), domain::CheckStatus::Passed);

        // Domains: DNS change for each name, corroborated by the six perspectives, and CAA.
        view->showStep(domain::ReviewStep::Domains);
        const auto domains = [view] { return view->findChild<ui::DomainsPage*>(); };
        const auto select = [&domains](const QString& fqdn) {
            auto* names = child<QTableWidget>(domains(), QStringLiteral("domainsTableWidget"));
            for (int row = 0; row < names->rowCount(); ++row) {
                if (names->item(row, 0)->text() == fqdn) {
                    names->setCurrentCell(row, 0);
                }
            }
        };
        QStringList values;
        for (const QString& fqdn : stored().fqdns) {
            QTRY_VERIFY(domains() && !domains()->running());
            const qsizetype attempts = app::DcvService(demo.workspace()).attempts(id)->size();
            const QPointer<ui::DomainsPage> starting = domains();
            starting->startValidation(fqdn, domain::DcvMethod::DnsChange, QStringLiteral("tokai-trading.jp"),
                                      QStringLiteral("_ra-validation"));
            QCOMPARE(app::DcvService(demo.workspace()).attempts(id)->size(), attempts + 1);
            QTRY_VERIFY(!starting); // the window reloads with the new attempt
            values << QStringLiteral("\"%1\"").arg(app::DcvService(demo.workspace()).attempts(id)->last().random.value);
            QVERIFY(demo.lab()->dns().setRecords(QStringLiteral("_ra-validation.tokai-trading.jp"),
                                                 QStringLiteral("TXT"), values));
            select(fqdn);
            QSignalSpy validated(domains(), &ui::DomainsPage::roundFinished);
            child<QPushButton>(domains(), QStringLiteral("dnsCheckButton"))->click();
            QVERIFY2(domains()->running(), qPrintable(ui::Prompts::lastError()));
            const QPointer<ui::DomainsPage> validating = domains();
            QVERIFY(validated.wait(30000));
            QCOMPARE(app::DcvService(demo.workspace()).attempts(id)->last().status, domain::DcvAttempt::Status::Passed);
            QTRY_VERIFY(!validating); // the round's end reloads the window
            select(fqdn);
            QSignalSpy caa(domains(), &ui::DomainsPage::roundFinished);
            const QPointer<ui::DomainsPage> checking = domains();
            child<QPushButton>(domains(), QStringLiteral("caaCheckButton"))->click();
            QVERIFY(caa.wait(30000));
            QTRY_VERIFY(!checking);
        }
        for (const char* code : {"dcv.validated", "caa.checked", "mpic.corroborated"}) {
            QTRY_COMPARE(statusOf(code), domain::CheckStatus::Passed);
        }

        // Summary: every mandatory item passed; submitted from the page.
        view->showStep(domain::ReviewStep::Summary);
        const QString count = child<QLabel>(view, QStringLiteral("countLabel"))->text();
        const QRegularExpressionMatch all =
            QRegularExpression(QStringLiteral("^(\\d+) of (\\d+) mandatory check")).match(count);
        QVERIFY2(all.hasMatch() && all.captured(1) == all.captured(2) && all.captured(1).toInt() > 0,
                 qPrintable(count));
        auto* submit = child<QPushButton>(view, QStringLiteral("summarySubmitButton"));
        QVERIFY2(submit->isEnabled(), qPrintable(child<QLabel>(view, QStringLiteral("submitReasonLabel"))->text()));
        submit->click();
        QCOMPARE(stored().state, domain::ApplicationState::ReadyForApproval);
        screenshot(view, QStringLiteral("end-to-end-submitted"));
        {
            QVERIFY(translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
            const auto english =
                qScopeGuard([] { translations::install(*QCoreApplication::instance(), QStringLiteral("en")); });
            ui::ApplicationWindow japanese(demo.workspace(), demo.user(QStringLiteral("tanaka")), id);
            japanese.resize(1280, 1000);
            japanese.showStep(domain::ReviewStep::Summary);
            QVERIFY(
                child<QLabel>(&japanese, QStringLiteral("countLabel"))->text().contains(QStringLiteral("必須項目")));
            screenshot(&japanese, QStringLiteral("summary-ja"));
        }

        // A supervisor approves in a second session, with password and a fresh code (R-APR-2).
        {
            ui::ApplicationWindow approverView(demo.workspace(), demo.user(QStringLiteral("yamada")), id);
            onModal<ui::ApprovalDialog>(this, [&](ui::ApprovalDialog* dialog) {
                child<QLineEdit>(dialog, QStringLiteral("approvalPasswordLineEdit"))
                    ->setText(demo.field(QStringLiteral("yamada"), "password"));
                child<QLineEdit>(dialog, QStringLiteral("approvalCodeLineEdit"))
                    ->setText(demo.code(QStringLiteral("yamada")));
                dialog->attempt();
            });
            child<QPushButton>(&approverView, QStringLiteral("approveButton"))->click();
        }
        QCOMPARE(stored().state, domain::ApplicationState::Approved);

        // Two custodians activate the key in the ceremony, and the module issues.
        ui::MainWindow custodianWindow(demo.workspace(), demo.user(QStringLiteral("sato")));
        ui::ApplicationWindow* issuing = custodianWindow.openApplication(id);
        onModal<ui::CaActivationDialog>(this, [&](ui::CaActivationDialog* dialog) {
            const QStringList custodians{QStringLiteral("sato"), QStringLiteral("yamada")};
            for (int i = 0; i < 2; ++i) {
                const QString prefix = QStringLiteral("custodian%1").arg(i + 1);
                child<QLineEdit>(dialog, prefix + QStringLiteral("UserLineEdit"))->setText(custodians.at(i));
                child<QLineEdit>(dialog, prefix + QStringLiteral("PasswordLineEdit"))
                    ->setText(demo.field(custodians.at(i), "password"));
                child<QLineEdit>(dialog, prefix + QStringLiteral("CodeLineEdit"))->setText(demo.code(custodians.at(i)));
                child<QLineEdit>(dialog, prefix + QStringLiteral("ShareLineEdit"))
                    ->setText(demo.field(custodians.at(i), "pin_share"));
            }
            dialog->attempt();
        });
        child<QPushButton>(issuing, QStringLiteral("issueButton"))->click();
        QCOMPARE(stored().state, domain::ApplicationState::Issued);
        custodianWindow.deactivateCaKey();

        // The subject is the registry's record (R-CSR-5), as OpenSSL reads the issued certificate.
        const auto issued = demo.workspace().certificates().currentFor(id);
        QVERIFY(issued && issued->has_value());
        QTemporaryFile pem;
        QVERIFY(pem.open());
        pem.write(app::CaSetupService::toPem((*issued)->certificate, "CERTIFICATE").toLatin1());
        pem.close();
        const test::ProcessRun subject = test::runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), pem.fileName(), QStringLiteral("-noout"),
             QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("utf8,sep_comma_plus")});
        QCOMPARE(QString::fromUtf8(subject.out).trimmed(),
                 QStringLiteral("subject=C=JP,ST=愛知県,L=名古屋市中村区,O=東海トレーディング株式会社,CN=www.tokai-"
                                "trading.jp"));

        // R-ISS-5: the representative's email arrived at the lab's SMTP server.
        bool notified = false;
        for (const app::ReceivedMail& mail : app::readMaildir(demo.lab()->mail().applicantsMaildir())) {
            notified |= mail.to == QLatin1String("it@tokai-trading.jp") && mail.text.contains((*issued)->serial);
        }
        QVERIFY2(notified, "no notification for it@tokai-trading.jp carrying the serial");

        // The dossier a supervisor saves opens, and names the corporate number.
        ui::ApplicationWindow dossierView(demo.workspace(), demo.user(QStringLiteral("yamada")), id);
        QTemporaryDir directory;
        const QString pdf = directory.filePath(QStringLiteral("dossier.pdf"));
        ui::Prompts::setNextAnswer(pdf);
        child<QPushButton>(&dossierView, QStringLiteral("dossierButton"))->click();
        const test::ProcessRun text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(QString::fromUtf8(text.out).contains(corporateNumber));
    }

    void officerValidatesADomainAndWatchesThePerspectives_R_DCV_2_R_MPIC_1() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        QVERIFY2(demo.startLab(), qPrintable(demo.problem()));
        app::DnsLab& dns = demo.lab()->dns();

        ui::ApplicationWindow view(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2); // example-shop
        view.resize(1200, 900);
        view.show();
        view.showStep(domain::ReviewStep::Domains);
        const auto page = [&view] { return view.findChild<ui::DomainsPage*>(); };
        QVERIFY(page());
        page()->startValidation(QStringLiteral("shop.example.jp"), domain::DcvMethod::DnsChange,
                                QStringLiteral("example.jp"), QStringLiteral("_ra-validation"));
        QTest::qWait(50); // the window reloads with the new attempt
        const auto attempt = app::DcvService(demo.workspace()).attempts(2)->last();
        QVERIFY(child<QLabel>(page(), QStringLiteral("dcvInstructionsLabel"))->text().contains(attempt.random.value));
        QVERIFY(dns.setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                               {QStringLiteral("\"%1\"").arg(attempt.random.value)}));

        // The round runs on a worker thread: the window keeps handling events while the
        // perspectives answer, and the grid fills as they do.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(5);
        QSignalSpy finished(page(), &ui::DomainsPage::roundFinished);
        child<QPushButton>(page(), QStringLiteral("dnsCheckButton"))->click();
        QVERIFY(page()->running());
        QVERIFY(!child<QPushButton>(page(), QStringLiteral("caaCheckButton"))->isEnabled());
        QCOMPARE(child<QTableWidget>(page(), QStringLiteral("perspectivesTableWidget"))->rowCount(), 7);
        QVERIFY(finished.wait(30000));
        QVERIFY2(ticks > 3, "the window did not handle events while the round ran");
        QTest::qWait(50);
        QCOMPARE(app::DcvService(demo.workspace()).attempts(2)->last().status, domain::DcvAttempt::Status::Passed);
        auto* grid = child<QTableWidget>(page(), QStringLiteral("perspectivesTableWidget"));
        QCOMPARE(grid->rowCount(), 7);
        int corroborating = 0;
        for (int row = 0; row < grid->rowCount(); ++row) {
            corroborating += grid->item(row, 3)->text() == QStringLiteral("Corroborates") ? 1 : 0;
        }
        QCOMPARE(corroborating, 6);
        // Each agent's row names where it was asked and the certificate it proved it holds (issue 12
        // item 10); the primary is the workstation itself.
        for (int row = 0; row < grid->rowCount(); ++row) {
            const QString tip = grid->item(row, 0)->toolTip();
            if (grid->item(row, 0)->text() == QLatin1String("primary")) {
                QVERIFY(tip.isEmpty());
            } else {
                QVERIFY2(QRegularExpression(QStringLiteral("^Asked at https://127\\.0\\.0\\.1:\\d+; its certificate's "
                                                           "SHA-256: [0-9a-f]{64}$"))
                             .match(tip)
                             .hasMatch(),
                         qPrintable(tip));
            }
        }

        QSignalSpy caaFinished(page(), &ui::DomainsPage::roundFinished);
        child<QPushButton>(page(), QStringLiteral("caaCheckButton"))->click();
        QVERIFY(caaFinished.wait(30000));
        QTest::qWait(50);
        QVERIFY(child<QLabel>(page(), QStringLiteral("caaDetailsLabel"))
                    ->text()
                    .contains(QStringLiteral("secomtrust.net")));
        QCOMPARE(demo.workspace().applications().byId(2)->item(QStringLiteral("mpic.corroborated"))->status,
                 domain::CheckStatus::Passed);
        screenshot(&view, QStringLiteral("domains"));

        // The start dialog offers the seven methods; the HTTP ones validate the name itself, so the
        // Authorization Domain Name and label are not theirs to choose.
        QTimer::singleShot(0, this, [this] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* methods = child<QComboBox>(dialog, QStringLiteral("dcvMethodComboBox"));
            const auto* model = qobject_cast<QStandardItemModel*>(methods->model());
            QList<bool> enabled;
            for (int row = 0; row < model->rowCount(); ++row) {
                enabled << model->item(row)->isEnabled();
            }
            QCOMPARE(enabled, (QList<bool>{true, true, true, true, true, true, true})); // all seven of CP 3.2.2.4
            methods->setCurrentIndex(5);
            QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("adnLineEdit"))->isEnabled());
            QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("labelLineEdit"))->isEnabled());
            dialog->accept();
        });
        child<QPushButton>(page(), QStringLiteral("startValidationButton"))->click();
        QTest::qWait(50);
        const auto file = app::DcvService(demo.workspace()).attempts(2)->last();
        QCOMPARE(file.method, domain::DcvMethod::WebsiteChange);
        const QString url = QStringLiteral("http://shop.example.jp/.well-known/pki-validation/ra-validation.txt");
        QVERIFY(child<QLabel>(page(), QStringLiteral("dcvInstructionsLabel"))->text().contains(url));
        QVERIFY(demo.lab()->web().publish(QUrl(url), file.random.value.toUtf8()));
        QSignalSpy fileFinished(page(), &ui::DomainsPage::roundFinished);
        child<QPushButton>(page(), QStringLiteral("dnsCheckButton"))->click();
        QVERIFY(fileFinished.wait(30000));
        QTest::qWait(50);
        QCOMPARE(app::DcvService(demo.workspace()).attempts(2)->last().status, domain::DcvAttempt::Status::Passed);
        screenshot(&view, QStringLiteral("domains-website-change"));

        // Constructed email: starting sends the five emails on the worker thread; a reply validates.
        QSignalSpy sent(page(), &ui::DomainsPage::roundFinished);
        page()->startValidation(QStringLiteral("shop.example.jp"), domain::DcvMethod::ConstructedEmail,
                                QStringLiteral("example.jp"), {});
        QVERIFY(sent.wait(30000));
        QTest::qWait(50);
        QVERIFY(child<QLabel>(page(), QStringLiteral("dcvInstructionsLabel"))
                    ->text()
                    .contains(QStringLiteral("webmaster@example.jp: sent")));
        QVERIFY(demo.lab()->mail().reply(QStringLiteral("webmaster@example.jp")));
        QSignalSpy replied(page(), &ui::DomainsPage::roundFinished);
        child<QPushButton>(page(), QStringLiteral("dnsCheckButton"))->click();
        QVERIFY(replied.wait(30000));
        QTest::qWait(50);
        QCOMPARE(app::DcvService(demo.workspace()).attempts(2)->last().status, domain::DcvAttempt::Status::Passed);
        screenshot(&view, QStringLiteral("domains-email"));

        // The same applicant's next application for the same name relies on that validation,
        // and the page says from where, how old it is and until when it may be used (R-DOC-2).
        domain::Application next = *demo.workspace().applications().byId(2);
        next.id = 0;
        next.externalReference = QStringLiteral("APP-2026-1099");
        next.packageDigest = QString(64, QLatin1Char('e'));
        const qint64 nextId = demo.workspace().applications().add(next).value_or(0);
        QVERIFY(nextId > 0);
        // The same applicant as the registry identifies it: the same corporate number (R-DOC-2).
        QVERIFY(demo.recordRegistryEvidence(nextId, demo.verifiedCorporateNumber(2)));
        ui::ApplicationWindow reuse(demo.workspace(), demo.user(QStringLiteral("tanaka")), nextId);
        reuse.resize(1200, 900);
        reuse.show();
        reuse.showStep(domain::ReviewStep::Domains);
        auto* reusePage = reuse.findChild<ui::DomainsPage*>();
        QVERIFY(child<QTableWidget>(reusePage, QStringLiteral("domainsTableWidget"))
                    ->item(0, 1)
                    ->text()
                    .contains(QStringLiteral("reused from APP-2026-1043")));
        QVERIFY(child<QLabel>(reusePage, QStringLiteral("dcvInstructionsLabel"))
                    ->text()
                    .contains(QStringLiteral("In use:")));
        QTRY_COMPARE(demo.workspace().applications().byId(nextId)->item(QStringLiteral("dcv.validated"))->status,
                     domain::CheckStatus::Passed);

        // The status bar says how many perspectives answer, and which do not.
        ui::MainWindow window(demo.workspace(), demo.user(QStringLiteral("tanaka")));
        auto* perspectives = child<QLabel>(&window, QStringLiteral("perspectivesStatusLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(perspectives->text(), QStringLiteral("Perspectives: 6/6 online"), 15000);
    }

    void officerVerifiesTheOrganizationInTheRegistry_R_ORG_1_R_CSR_5() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        QVERIFY2(demo.startLab(), qPrintable(demo.problem()));
        ui::ApplicationWindow view(demo.workspace(), demo.user(QStringLiteral("suzuki")), 3); // kansai-foods
        view.resize(1280, 960);
        view.show();
        view.showStep(domain::ReviewStep::Organization);
        const auto page = [&view] { return view.findChild<ui::OrganizationPage*>(); };
        QVERIFY(page());
        QVERIFY(child<QPushButton>(page(), QStringLiteral("lookUpButton"))->isEnabled());
        // The number is found by the registered name (prefilled with the claimed one) on a worker;
        // choosing the hit fills the number, and nothing is recorded until it is looked up.
        QCOMPARE(child<QLineEdit>(page(), QStringLiteral("searchNameLineEdit"))->text(),
                 QStringLiteral("関西フーズ株式会社"));
        QSignalSpy searched(page(), &ui::OrganizationPage::searchFinished);
        child<QPushButton>(page(), QStringLiteral("searchButton"))->click();
        QVERIFY(page()->running());
        QVERIFY(searched.wait(15000));
        QVERIFY2(searched.front().front().toString().isEmpty(), qPrintable(searched.front().front().toString()));
        auto* hits = child<QTableWidget>(page(), QStringLiteral("searchResultsTableWidget"));
        QVERIFY(hits->isVisible());
        QCOMPARE(hits->rowCount(), 1);
        hits->setCurrentCell(0, 1); // moving through the list (Tab, arrows) changes nothing typed
        QVERIFY(child<QLineEdit>(page(), QStringLiteral("corporateNumberLineEdit"))->text().isEmpty());
        QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualItemRect(hits->item(0, 1)).center());
        QCOMPARE(child<QLineEdit>(page(), QStringLiteral("corporateNumberLineEdit"))->text(),
                 QStringLiteral("9130001099903"));
        QVERIFY(child<QTableWidget>(page(), QStringLiteral("evidenceTableWidget"))->rowCount() == 0);
        screenshot(&view, QStringLiteral("organization-search"));
        // A mistyped number is refused at once, without asking the registry.
        QSignalSpy refused(page(), &ui::OrganizationPage::lookupFinished);
        page()->lookUp(QStringLiteral("9130001099904"));
        QCOMPARE(refused.count(), 1);
        QVERIFY(child<QLabel>(page(), QStringLiteral("progressLabel"))->text().contains(QStringLiteral("check digit")));

        // The look-up runs on a worker: the window keeps answering while the registry is asked.
        child<QLineEdit>(page(), QStringLiteral("corporateNumberLineEdit"))->setText(QStringLiteral("9130001099903"));
        QSignalSpy finished(page(), &ui::OrganizationPage::lookupFinished);
        child<QPushButton>(page(), QStringLiteral("lookUpButton"))->click();
        QVERIFY(page()->running());
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.front().front().toString().isEmpty(), qPrintable(finished.front().front().toString()));
        // The window reloads: the new page shows the comparison from the stored evidence.
        QTRY_VERIFY(page() && !page()->running() &&
                    child<QTableWidget>(page(), QStringLiteral("evidenceTableWidget"))->rowCount() == 1);
        auto* comparison = child<QTableWidget>(page(), QStringLiteral("comparisonTableWidget"));
        QCOMPARE(comparison->rowCount(), 7);
        for (int row = 0; row < comparison->rowCount(); ++row) {
            QCOMPARE(comparison->item(row, 3)->text(), QStringLiteral("same"));
        }
        QVERIFY(child<QLabel>(page(), QStringLiteral("subjectLabel"))
                    ->text()
                    .contains(QStringLiteral("O=関西フーズ株式会社")));
        QCOMPARE(demo.workspace().applications().byId(3)->item(QStringLiteral("org.identity"))->status,
                 domain::CheckStatus::Passed);
        screenshot(&view, QStringLiteral("organization"));

        // example-shop: the registry's name differs, in words and colour, and nothing is confirmed.
        ui::ApplicationWindow other(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2);
        other.resize(1280, 960);
        other.show();
        other.showStep(domain::ReviewStep::Organization);
        auto* otherPage = other.findChild<ui::OrganizationPage*>();
        QSignalSpy otherFinished(otherPage, &ui::OrganizationPage::lookupFinished);
        otherPage->lookUp(QStringLiteral("2120001099902"));
        QVERIFY(otherFinished.wait(15000));
        QTRY_VERIFY(
            other.findChild<ui::OrganizationPage*>() &&
            child<QTableWidget>(other.findChild<ui::OrganizationPage*>(), QStringLiteral("comparisonTableWidget"))
                    ->item(0, 3)
                    ->text() == QStringLiteral("DIFFERS"));
        QVERIFY(!demo.workspace().applications().byId(2)->item(QStringLiteral("org.identity"))); // still pending
        screenshot(&other, QStringLiteral("organization-differs"));

        // R-DOC-2: a number the registry answered for another application (the approved sample-kk)
        // offers that answer, with its age; reusing it records it, compared with these claims.
        const auto reusePage = [&other] { return other.findChild<ui::OrganizationPage*>(); };
        child<QLineEdit>(reusePage(), QStringLiteral("corporateNumberLineEdit"))
            ->setText(QStringLiteral("4011001099901"));
        QVERIFY(!child<QPushButton>(reusePage(), QStringLiteral("reuseButton"))->isHidden());
        QVERIFY(child<QLabel>(reusePage(), QStringLiteral("reuseLabel"))
                    ->text()
                    .contains(QStringLiteral("reusable until")));
        child<QPushButton>(reusePage(), QStringLiteral("reuseButton"))->click();
        QTRY_VERIFY(reusePage() &&
                    child<QTableWidget>(reusePage(), QStringLiteral("evidenceTableWidget"))->rowCount() == 2);

        QVERIFY(translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        {
            ui::ApplicationWindow japanese(demo.workspace(), demo.user(QStringLiteral("suzuki")), 3);
            japanese.resize(1280, 960);
            japanese.showStep(domain::ReviewStep::Organization);
            QVERIFY(child<QPushButton>(japanese.findChild<ui::OrganizationPage*>(), QStringLiteral("lookUpButton"))
                        ->text()
                        .contains(QStringLiteral("登記")));
            screenshot(&japanese, QStringLiteral("organization-ja"));
        }
        translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void officerRecordsTheCallBack_R_ORG_5() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        demo.clock().advanceSeconds(3600);
        ui::ApplicationWindow view(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2); // example-shop
        view.resize(1280, 960);
        view.show();
        view.showStep(domain::ReviewStep::Authority);
        const auto page = [&view] { return view.findChild<ui::AuthorityPage*>(); };
        QVERIFY(page());
        QVERIFY(
            child<QLabel>(page(), QStringLiteral("representativePhoneLabel"))->text().contains(QStringLiteral("2345")));
        auto* sources = child<QComboBox>(page(), QStringLiteral("sourceComboBox"));
        const int directory = sources->findData(demo.directorySourceId());
        QVERIFY(directory >= 0);
        sources->setCurrentIndex(directory);
        child<QLineEdit>(page(), QStringLiteral("sourceReferenceLineEdit"))
            ->setText(QStringLiteral("Osaka office listing"));
        child<QLineEdit>(page(), QStringLiteral("personLineEdit"))->setText(QStringLiteral("Ito Keiko"));
        child<QLineEdit>(page(), QStringLiteral("personTitleLineEdit"))->setText(QStringLiteral("General Affairs"));
        // The application's own number, spelled otherwise, is refused and the page says why.
        child<QLineEdit>(page(), QStringLiteral("contactLineEdit"))->setText(QStringLiteral("06 2345 6789"));
        QVERIFY(!page()->record().isEmpty());
        QVERIFY(child<QLabel>(page(), QStringLiteral("problemLabel"))->text().contains(QStringLiteral("Not recorded")));
        QCOMPARE(child<QTableWidget>(page(), QStringLiteral("callbacksTableWidget"))->rowCount(), 0);

        child<QLineEdit>(page(), QStringLiteral("contactLineEdit"))->setText(QStringLiteral("06-6000-1234"));
        child<QPushButton>(page(), QStringLiteral("recordButton"))->click();
        // The window reloads: the new page lists the call-back, the checklist item passed.
        QTRY_VERIFY(page() && child<QTableWidget>(page(), QStringLiteral("callbacksTableWidget"))->rowCount() == 1);
        QCOMPARE(demo.workspace().applications().byId(2)->item(QStringLiteral("authority.callback"))->status,
                 domain::CheckStatus::Passed);
        screenshot(&view, QStringLiteral("authority"));

        QVERIFY(translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        {
            ui::ApplicationWindow japanese(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2);
            japanese.resize(1280, 960);
            japanese.showStep(domain::ReviewStep::Authority);
            QVERIFY(child<QPushButton>(japanese.findChild<ui::AuthorityPage*>(), QStringLiteral("recordButton"))
                        ->text()
                        .contains(QStringLiteral("記録")));
            screenshot(&japanese, QStringLiteral("authority-ja"));
        }
        translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // R-ORG-1: evidence from a site visit, entered in the dialog. A value other than the claims is
    // refused in the dialog, which keeps what was typed; corrected, it decides the org.* items.
    void officerRecordsASiteVisit_R_ORG_1() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        demo.clock().advanceSeconds(3600);
        // The office photo was inspected on the Documents page (officerInspectsAndReplacesADocument).
        const QStringList allChecks = domain::DocumentReview::standardCheckIds();
        const qint64 photo = demo.workspace().applications().byId(2)->documents.value(0).id;
        QVERIFY(app::DocumentService(demo.workspace())
                    .inspect(demo.user(QStringLiteral("tanaka")), 2, photo, allChecks, {}));
        ui::ApplicationWindow view(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2); // example-shop
        view.resize(1280, 960);
        view.show();
        view.showStep(domain::ReviewStep::Organization);
        const auto page = [&view] { return view.findChild<ui::OrganizationPage*>(); };
        QVERIFY(page());
        child<QPushButton>(page(), QStringLiteral("otherEvidenceButton"))->click();
        auto* dialog = view.findChild<ui::EvidenceDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* kind = child<QComboBox>(dialog, QStringLiteral("kindComboBox"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("site-visit")));
        QVERIFY(!child<QComboBox>(dialog, QStringLiteral("dataSourceComboBox"))->isEnabled());
        child<QLineEdit>(dialog, QStringLiteral("referenceLineEdit"))->setText(QStringLiteral("Visit report SV-0142"));
        child<QCheckBox>(dialog, QStringLiteral("nameCheckBox"))->setChecked(true);
        child<QCheckBox>(dialog, QStringLiteral("addressCheckBox"))->setChecked(true);
        child<QCheckBox>(dialog, QStringLiteral("countryCheckBox"))->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("tradenameLineEdit"))->isEnabled());
        child<QLineEdit>(dialog, QStringLiteral("legalNameLineEdit"))->setText(QStringLiteral("Example Holdings KK"));
        child<QLineEdit>(dialog, QStringLiteral("stateLineEdit"))->setText(QStringLiteral("Osaka"));
        child<QLineEdit>(dialog, QStringLiteral("localityLineEdit"))->setText(QStringLiteral("Kita-ku"));
        child<QLineEdit>(dialog, QStringLiteral("streetLineEdit"))->setText(QStringLiteral("2-4-9 Umeda"));
        child<QLineEdit>(dialog, QStringLiteral("countryLineEdit"))->setText(QStringLiteral("JP"));
        auto* documents = child<QListWidget>(dialog, QStringLiteral("documentsListWidget"));
        QCOMPARE(documents->count(), 1);
        documents->item(0)->setCheckState(Qt::Checked);
        auto* ok = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("problemLabel"))->text().contains(QStringLiteral("Not recorded")));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("referenceLineEdit"))->text(),
                 QStringLiteral("Visit report SV-0142"));
        screenshot(dialog, QStringLiteral("evidence-dialog"));
        child<QLineEdit>(dialog, QStringLiteral("legalNameLineEdit"))->setText(QStringLiteral("Example KK"));
        ok->click();
        // The window reloads: the evidence is listed, the subject comes from it.
        QTRY_VERIFY(page() && child<QTableWidget>(page(), QStringLiteral("evidenceTableWidget"))->rowCount() == 1);
        QVERIFY(child<QLabel>(page(), QStringLiteral("subjectLabel"))->text().contains(QStringLiteral("Kita-ku")));
        QCOMPARE(demo.workspace().applications().byId(2)->item(QStringLiteral("org.identity"))->status,
                 domain::CheckStatus::Passed);
    }

    // R-ORG-4: an administrator evaluates a source against CP 3.2.2.7 and approves it, then
    // withdraws it; an incomplete evaluation is refused and what was typed stays. Only
    // administrators have the menu.
    void administratorMaintainsTheDataSources_R_ORG_4() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        {
            ui::MainWindow officerWindow(demo.workspace(), demo.user(QStringLiteral("tanaka")));
            QVERIFY(!officerWindow.findChild<QAction*>(QStringLiteral("dataSourcesAction")));
        }
        ui::MainWindow window(demo.workspace(), demo.user(QStringLiteral("admin")));
        window.show();
        window.findChild<QAction*>(QStringLiteral("dataSourcesAction"))->trigger();
        auto* dialog = window.findChild<ui::DataSourcesDialog*>();
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, QStringLiteral("sourcesTableWidget"));
        const int before = table->rowCount();
        QCOMPARE(before, int(app::OrganizationService(demo.workspace()).sources()->size()));
        child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Osaka Chamber directory"));
        child<QLineEdit>(dialog, QStringLiteral("providerLineEdit"))->setText(QStringLiteral("Osaka CCI"));
        dialog->approve();
        QVERIFY(child<QLabel>(dialog, QStringLiteral("problemLabel"))->text().contains(QStringLiteral("Not approved")));
        QCOMPARE(table->rowCount(), before);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->text(),
                 QStringLiteral("Osaka Chamber directory"));
        const QList<std::pair<const char*, const char*>> criteria{
            {"purposeLineEdit", "Member listing of the chamber"},
            {"dataAgeLineEdit", "Changes appear within a month"},
            {"updateFrequencyLineEdit", "Monthly"},
            {"accessibilityLineEdit", "Public, on the web"},
            {"falsificationLineEdit", "Entries made by the chamber only"}};
        for (const auto& [name, text] : criteria) {
            child<QLineEdit>(dialog, QString::fromLatin1(name))->setText(QString::fromUtf8(text));
        }
        child<QPushButton>(dialog, QStringLiteral("approveButton"))->click();
        QCOMPARE(table->rowCount(), before + 1);
        table->selectRow(before);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("evaluationLabel"))->text().contains(QStringLiteral("Monthly")));
        screenshot(dialog, QStringLiteral("data-sources"));
        ui::Prompts::setNextAnswer(QStringLiteral("yes"));
        child<QPushButton>(dialog, QStringLiteral("withdrawButton"))->click();
        const auto sources = app::OrganizationService(demo.workspace()).sources();
        QVERIFY(sources && sources->size() == before + 1);
        QVERIFY(!sources->back().citable());
        QCOMPARE(sources->back().withdrawnBy, QStringLiteral("admin"));

        QVERIFY(translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        {
            ui::DataSourcesDialog japanese(demo.workspace(), demo.user(QStringLiteral("admin")));
            japanese.resize(900, 720);
            QVERIFY(child<QPushButton>(&japanese, QStringLiteral("approveButton"))
                        ->text()
                        .contains(QStringLiteral("承認")));
            screenshot(&japanese, QStringLiteral("data-sources-ja"));
            const auto application = demo.workspace().applications().byId(2);
            ui::EvidenceDialog evidence(2, application->documents, *sources, demo.clock().nowUtc(),
                                        [](const domain::Evidence&) { return domain::Status(); });
            screenshot(&evidence, QStringLiteral("evidence-dialog-ja"));
        }
        translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // R-IN-4: the administrator keeps the high-risk name list in the GUI; nobody else can, even
    // with the dialog built by hand.
    void administratorKeepsTheHighRiskNames_R_IN_4() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        const qint64 tokai = demo.applicationId(QStringLiteral("APP-2026-1047"));
        QVERIFY(tokai > 0);
        const auto matchesOfTokai = [&demo, tokai] {
            return app::HighRiskService(demo.workspace()).assess(*demo.workspace().applications().byId(tokai));
        };
        QVERIFY(matchesOfTokai() && matchesOfTokai()->isEmpty()); // nothing matches before the name is listed
        const auto refusals = [&demo] {
            QSqlQuery query(demo.workspace().database().connection());
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1' AND "
                                             "details LIKE '%risk.add-name%'")
                                  .arg(domain::audit_event::ActionRefused)) &&
                           query.next()
                       ? query.value(0).toInt()
                       : -1;
        };
        {
            ui::MainWindow supervisorWindow(demo.workspace(), demo.user(QStringLiteral("sato")));
            QVERIFY(!supervisorWindow.findChild<QAction*>(QStringLiteral("highRiskNamesAction")));
            // Built by hand, the dialog still cannot add: the service refuses, and audits it.
            const int before = refusals();
            ui::HighRiskNamesDialog forged(demo.workspace(), demo.user(QStringLiteral("sato")));
            child<QLineEdit>(&forged, QStringLiteral("nameLineEdit"))->setText(QStringLiteral("tokai"));
            child<QLineEdit>(&forged, QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("test"));
            forged.add();
            QVERIFY(
                child<QLabel>(&forged, QStringLiteral("problemLabel"))->text().contains(QStringLiteral("Not added")));
            QVERIFY(app::HighRiskService(demo.workspace()).names()->isEmpty());
            QCOMPARE(refusals(), before + 1);
        }
        ui::MainWindow window(demo.workspace(), demo.user(QStringLiteral("admin")));
        window.show();
        window.findChild<QAction*>(QStringLiteral("highRiskNamesAction"))->trigger();
        auto* dialog = window.findChild<ui::HighRiskNamesDialog*>();
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, QStringLiteral("namesTableWidget"));
        auto* problem = child<QLabel>(dialog, QStringLiteral("problemLabel"));
        QCOMPARE(table->rowCount(), 0);
        // No reason: refused, and what was typed stays.
        child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->setText(QStringLiteral("tokai"));
        child<QPushButton>(dialog, QStringLiteral("addButton"))->click();
        QVERIFY(problem->text().contains(QStringLiteral("Not added")));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->text(), QStringLiteral("tokai"));
        child<QLineEdit>(dialog, QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("phishing campaign"));
        child<QPushButton>(dialog, QStringLiteral("addButton"))->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("tokai"));
        QVERIFY(!table->item(0, 1)->text().isEmpty()); // the skeleton look-alikes share
        // A look-alike in another script is the same entry: refused, the page says which.
        child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->setText(QStringLiteral("tоkai")); // Cyrillic о
        child<QLineEdit>(dialog, QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("again"));
        child<QPushButton>(dialog, QStringLiteral("addButton"))->click();
        QVERIFY2(problem->text().contains(QStringLiteral("already on the list")), qPrintable(problem->text()));
        QCOMPARE(table->rowCount(), 1);
        // tokai-trading's names now match the list.
        QVERIFY(matchesOfTokai() && !matchesOfTokai()->isEmpty());
        screenshot(dialog, QStringLiteral("high-risk-names"));
        // Removing asks why; cancelling the question removes nothing.
        table->selectRow(0);
        ui::Prompts::setNextAnswer(std::nullopt);
        child<QPushButton>(dialog, QStringLiteral("removeButton"))->click();
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        ui::Prompts::setNextAnswer(QStringLiteral("campaign over, ticket 4411"));
        child<QPushButton>(dialog, QStringLiteral("removeButton"))->click();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(app::HighRiskService(demo.workspace()).names()->isEmpty());
        QVERIFY(matchesOfTokai() && matchesOfTokai()->isEmpty());
        QSqlQuery audited(demo.workspace().database().connection());
        QVERIFY(audited.exec(QStringLiteral("SELECT details FROM audit_log WHERE event_type = '%1'")
                                 .arg(domain::audit_event::HighRiskNameRemoved)) &&
                audited.next());
        QVERIFY2(audited.value(0).toString().contains(QStringLiteral("tokai")) &&
                     audited.value(0).toString().contains(QStringLiteral("ticket 4411")),
                 qPrintable(audited.value(0).toString()));
    }

    void officerInspectsAndReplacesADocument_R_DOC_1() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        ui::ApplicationWindow view(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2); // example-shop
        view.resize(1280, 1000);
        view.show();
        view.showStep(domain::ReviewStep::Documents);
        const auto page = [&view] { return view.findChild<ui::DocumentsPage*>(); };
        QVERIFY(page());
        child<QTableWidget>(page(), QStringLiteral("documentsTableWidget"))->setCurrentCell(0, 0);
        QVERIFY(view.findChild<QWidget*>(QStringLiteral("imagePreviewLabel")));
        // One check left unticked and no finding: refused, the page says why.
        for (const char* check : {"issuerCheckBox", "datesCheckBox", "contentCheckBox"}) {
            child<QCheckBox>(page(), QString::fromLatin1(check))->setChecked(true);
        }
        QVERIFY(!page()->inspectSelected().isEmpty());
        QVERIFY(child<QLabel>(page(), QStringLiteral("problemLabel"))->text().contains(QStringLiteral("Not recorded")));
        child<QCheckBox>(page(), QStringLiteral("unalteredCheckBox"))->setChecked(true);
        child<QPushButton>(page(), QStringLiteral("inspectButton"))->click();
        QTRY_VERIFY(page() && child<QTableWidget>(page(), QStringLiteral("inspectionsTableWidget"))->rowCount() == 1);
        QCOMPARE(demo.workspace().applications().byId(2)->item(QStringLiteral("doc.inspected"))->status,
                 domain::CheckStatus::Passed);

        // A new version: chosen in the file dialog, listed beside the old one, uninspected.
        QTemporaryDir files;
        const QString stored =
            demo.workspace().documentPath(demo.workspace().applications().byId(2)->documents.front().sha256);
        const QString copy = files.filePath(QStringLiteral("office-photo-2.png"));
        QVERIFY(QFile::copy(stored, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile append(copy);
        QVERIFY(append.open(QIODevice::Append));
        append.write("\n");
        append.close();
        child<QTableWidget>(page(), QStringLiteral("documentsTableWidget"))->setCurrentCell(0, 0);
        ui::Prompts::setNextAnswer(copy);
        QVERIFY(page()->replaceSelected().isEmpty());
        QTRY_VERIFY(page() && child<QTableWidget>(page(), QStringLiteral("documentsTableWidget"))->rowCount() == 2);
        QVERIFY(child<QTableWidget>(page(), QStringLiteral("documentsTableWidget"))
                    ->item(0, 2)
                    ->text()
                    .contains(QStringLiteral("replaced by")));
        QCOMPARE(demo.workspace().applications().byId(2)->item(QStringLiteral("doc.inspected"))->status,
                 domain::CheckStatus::Pending);
        screenshot(&view, QStringLiteral("documents"));
        QVERIFY(translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        {
            ui::ApplicationWindow japanese(demo.workspace(), demo.user(QStringLiteral("tanaka")), 2);
            japanese.resize(1280, 1000);
            japanese.showStep(domain::ReviewStep::Documents);
            screenshot(&japanese, QStringLiteral("documents-ja"));
        }
        translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // Issue 11 item 9: a supervisor saves the approved application's dossier from its window; the
    // PDF holds the corporate number the registry confirmed. An officer has no such button.
    void supervisorSavesTheDossier() {
        test::DemoFixture demo;
        QVERIFY2(demo.ready(), qPrintable(demo.problem()));
        {
            ui::ApplicationWindow officerView(demo.workspace(), demo.user(QStringLiteral("tanaka")), 5);
            QVERIFY(!officerView.findChild<QPushButton*>(QStringLiteral("dossierButton")));
        }
        ui::ApplicationWindow view(demo.workspace(), demo.user(QStringLiteral("sato")), 5); // sample-kk, approved
        QTemporaryDir directory;
        const QString pdf = directory.filePath(QStringLiteral("dossier.pdf"));
        ui::Prompts::setNextAnswer(pdf);
        child<QPushButton>(&view, QStringLiteral("dossierButton"))->click();
        QVERIFY(QFile::exists(pdf));
        const test::ProcessRun text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("4011001099901")));
    }

    void aRejectionForFraudFlagsTheNextApplication_R_IN_3_R_IN_4() {
        ui::MainWindow window(m_ws->workspace(), m_officer);
        const qint64 first = importDemo(window, QStringLiteral("tokai-trading"));
        ui::ApplicationWindow* view = window.openApplication(first);
        QVERIFY(!view->findChild<QLabel*>(QStringLiteral("riskBannerLabel")));
        ui::Prompts::setNextAnswer(QStringLiteral("Registry extract forged; the caller did not know the company"));
        ui::Prompts::setNextAnswer(QStringLiteral("yes")); // for suspected fraud
        view->perform(domain::WorkflowAction::Reject);
        QVERIFY(m_ws->workspace().applications().byId(first)->rejectedForFraud);

        // The same package under another reference: flagged at import, the banner names the match.
        const QString again = m_ws->copyDemoPackage(QStringLiteral("tokai-trading"));
        QByteArray manifest = TestWorkspace::readManifest(again);
        manifest.replace("APP-2026-1047", "APP-2026-2047");
        TestWorkspace::writeManifest(again, manifest);
        const qint64 second = window.importPackage(again);
        QVERIFY(second > 0);
        ui::ApplicationWindow* flagged = window.openApplication(second);
        flagged->resize(1200, 800);
        auto* banner = child<QLabel>(flagged, QStringLiteral("riskBannerLabel"));
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("APP-2026-1047")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("public key")));
        screenshot(flagged, QStringLiteral("high-risk"));

        // R-IN-4: the validator records the additional verification; it answers the match.
        QVERIFY(!child<QPushButton>(flagged, QStringLiteral("additionalVerificationButton"))->isEnabled()); // not taken
        flagged->perform(domain::WorkflowAction::TakeForReview);
        auto* record = child<QPushButton>(flagged, QStringLiteral("additionalVerificationButton"));
        QVERIFY(record->isEnabled());
        ui::Prompts::setNextAnswer(QStringLiteral("Called the head office on the registry's number: they did apply"));
        ui::Prompts::setNextAnswer(QStringLiteral("yes"));
        record->click();
        const auto verified = m_ws->workspace().applications().byId(second);
        QCOMPARE(verified->item(u"risk.additional-verification")->status, domain::CheckStatus::Passed);
        QVERIFY(!domain::Workflow::unmetItems(*verified, domain::CheckGate::Submission)
                     .contains(QStringLiteral("intake.high-risk-match")));
    }

    void speaksJapanese() {
        QVERIFY(translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        {
            ui::MainWindow window(m_ws->workspace(), m_auditor);
            QVERIFY2(window.menuBar()->actions().front()->text().contains(QStringLiteral("ファイル")),
                     qPrintable(window.menuBar()->actions().front()->text()));
            QCOMPARE(domain::stateDisplayName(domain::ApplicationState::InReview), QStringLiteral("審査中"));
            window.showView(QStringLiteral("audit"));
            screenshot(&window, QStringLiteral("audit-browser-ja"));
        }
        {
            ui::MainWindow officerWindow(m_ws->workspace(), m_officer);
            const qint64 id = importDemo(officerWindow, QStringLiteral("sample-kk"));
            ui::ApplicationWindow* application = officerWindow.openApplication(id);
            screenshot(application, QStringLiteral("application-csr-ja"));
            application->close();
        }
        translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestGui)
#include "TestGui.moc"

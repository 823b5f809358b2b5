// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "app/AuditLogService.h"
#include "app/AuthService.h"
#include "app/CaActivationService.h"
#include "app/IntakeService.h"
#include "app/IssuanceService.h"
#include "app/Workspace.h"
#include "translations/Translations.h"
#include "ui/ApplicationQueueModel.h"
#include "ui/ApplicationWindow.h"
#include "ui/AuditBrowser.h"
#include "ui/CaActivationDialog.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/DataSourcesDialog.h"
#include "ui/HighRiskNamesDialog.h"
#include "ui/IdleLock.h"
#include "ui/LoginDialog.h"
#include "ui/Prompts.h"
#include "ui/StatusIcons.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ra::ui {

namespace {
constexpr int kViewIdRole = Qt::UserRole + 1;

// A view of the queue that the left-hand list offers (UI.md), and which roles see it.
struct QueueView {
    const char* id;
    const char* title;
    std::optional<domain::ApplicationState> state;
    bool onlyMine;
};

const QueueView kQueueViews[] = {
    {"my-work", QT_TRANSLATE_NOOP("ra::ui::MainWindow", "My work"), domain::ApplicationState::InReview, true},
    {"received", QT_TRANSLATE_NOOP("ra::ui::MainWindow", "New applications"), domain::ApplicationState::Received,
     false},
    {"approvals", QT_TRANSLATE_NOOP("ra::ui::MainWindow", "Approvals"), domain::ApplicationState::ReadyForApproval,
     false},
    {"all", QT_TRANSLATE_NOOP("ra::ui::MainWindow", "All applications"), std::nullopt, false},
    {"returned", QT_TRANSLATE_NOOP("ra::ui::MainWindow", "Returned"), domain::ApplicationState::Returned, false},
};

bool roleSeesView(const domain::User& user, const QString& id) {
    if (id == QLatin1String("my-work") || id == QLatin1String("received")) {
        return user.can(domain::Permission::ReviewApplication);
    }
    if (id == QLatin1String("approvals")) {
        return user.can(domain::Permission::ApproveApplication);
    }
    if (id == QLatin1String("returned")) {
        return user.can(domain::Permission::ReviewApplication) || user.can(domain::Permission::ApproveApplication);
    }
    if (id == QLatin1String("audit")) {
        return user.can(domain::Permission::ViewAuditLog);
    }
    return true;
}
} // namespace

MainWindow::MainWindow(app::Workspace& workspace, const domain::User& user, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_user(user) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(namedIcon(QStringLiteral("ra-workstation")));
    setWindowTitle(
        tr("RA Workstation — %1 — %2 (%3)")
            .arg(QFileInfo(workspace.directory()).fileName(), user.displayName, domain::roleDisplayName(user.role)));
    setAcceptDrops(user.can(domain::Permission::ImportApplication));
    resize(1280, 800);
    buildViews();
    buildMenus();
    buildStatusBar();
    m_idleLock = new IdleLock(std::max(1, workspace.settings().idleLockMinutes) * 60 * 1000, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockSession);
    m_views->setCurrentRow(0);
}

MainWindow::~MainWindow() {
    deactivateCaKey(); // the key is never left active behind a closed window
    for (const QPointer<ApplicationWindow>& window : std::as_const(m_openWindows)) {
        if (window) {
            window->close();
        }
    }
}

void MainWindow::buildViews() {
    m_views = new QListWidget;
    m_views->setObjectName(QStringLiteral("viewsListWidget"));
    m_views->setMaximumWidth(220);
    for (const QueueView& view : kQueueViews) {
        if (roleSeesView(m_user, QString::fromLatin1(view.id))) {
            auto* item = new QListWidgetItem(tr(view.title), m_views);
            item->setData(kViewIdRole, QString::fromLatin1(view.id));
        }
    }
    if (roleSeesView(m_user, QStringLiteral("audit"))) {
        auto* item = new QListWidgetItem(tr("Audit log"), m_views);
        item->setData(kViewIdRole, QStringLiteral("audit"));
    }

    // The queue page: a filter bar over a lazily filled table.
    auto* queuePage = new QWidget;
    m_queueTitle = new QLabel;
    QFont titleFont = m_queueTitle->font();
    titleFont.setBold(true);
    m_queueTitle->setFont(titleFont);
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_stateFilter->addItem(tr("Any state"), QString());
    for (domain::ApplicationState state : domain::allApplicationStates()) {
        m_stateFilter->addItem(domain::stateDisplayName(state), domain::stateId(state));
    }
    m_officerFilter = new QComboBox;
    m_officerFilter->setObjectName(QStringLiteral("officerFilterComboBox"));
    m_officerFilter->addItem(tr("Any officer"), qint64(0));
    if (const auto officers = m_workspace.queue().officers()) {
        for (const auto& [id, name] : *officers) {
            m_officerFilter->addItem(name, id);
        }
    }
    m_ageFilter = new QComboBox;
    m_ageFilter->setObjectName(QStringLiteral("ageFilterComboBox"));
    m_ageFilter->addItem(tr("Any age"), 0);
    m_ageFilter->addItem(tr("Older than 1 day"), 1);
    m_ageFilter->addItem(tr("Older than 3 days"), 3);
    m_ageFilter->addItem(tr("Older than 7 days"), 7);
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_queueTitle, 1);
    for (auto [label, combo] : {std::pair{tr("&State"), m_stateFilter}, std::pair{tr("O&fficer"), m_officerFilter},
                                std::pair{tr("A&ge"), m_ageFilter}}) {
        auto* caption = new QLabel(label);
        caption->setBuddy(combo);
        filterBar->addWidget(caption);
        filterBar->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyQueueFilter);
    }

    m_queueModel = new ApplicationQueueModel(m_workspace.queue(), m_workspace.clock(), this);
    m_queueView = new QTableView;
    m_queueView->setObjectName(QStringLiteral("queueTableView"));
    m_queueView->setModel(m_queueModel);
    m_queueView->setSortingEnabled(true);
    m_queueView->sortByColumn(ApplicationQueueModel::AgeColumn, Qt::DescendingOrder);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    connect(m_queueView, &QTableView::activated, this, &MainWindow::openSelected);
    connect(m_queueModel, &ApplicationQueueModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    auto* queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addLayout(filterBar);
    queueLayout->addWidget(m_queueView, 1);
    auto* hint =
        new QLabel(m_user.can(domain::Permission::ImportApplication)
                       ? tr("Enter or double-click opens an application. Drop a package folder here to import it.")
                       : tr("Enter or double-click opens an application (read-only for your role)."));
    hint->setWordWrap(true);
    queueLayout->addWidget(hint);

    m_stack = new QStackedWidget;
    m_stack->addWidget(queuePage);
    if (m_user.can(domain::Permission::ViewAuditLog)) {
        m_auditBrowser = new AuditBrowser(m_workspace, m_user);
        m_stack->addWidget(m_auditBrowser);
    }
    auto* splitter = new QSplitter;
    splitter->addWidget(m_views);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_views, &QListWidget::currentRowChanged, this, &MainWindow::viewChanged);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_user.can(domain::Permission::ImportApplication)) {
        m_importAction = file->addAction(namedIcon(QStringLiteral("import")), tr("&Import package…"), this,
                                         &MainWindow::chooseAndImport);
        m_importAction->setObjectName(QStringLiteral("importAction"));
        m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        toolbar->addAction(m_importAction);
    }
    QAction* open = file->addAction(tr("&Open application"), this, &MainWindow::openSelected);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction* refreshAction =
        file->addAction(namedIcon(QStringLiteral("refresh")), tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    toolbar->addAction(refreshAction);
    file->addSeparator();
    QAction* lock = file->addAction(namedIcon(QStringLiteral("lock")), tr("&Lock"), this, &MainWindow::lockSession);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    toolbar->addAction(lock);
    QAction* password = file->addAction(tr("Change &password…"), this, [this] {
        ChangePasswordDialog dialog(m_workspace, m_user, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("Your password was changed."), 10000);
        }
    });
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* logout = file->addAction(tr("Log &out"), this, [this] {
        app::AuthService(m_workspace).recordLogout(m_user);
        emit logoutRequested();
    });
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    if (m_user.keyCustodian) {
        QMenu* ca = menuBar()->addMenu(tr("&CA"));
        QAction* activate =
            ca->addAction(namedIcon(QStringLiteral("lock")), tr("&Activate CA key…"), this, &MainWindow::activateCaKey);
        activate->setObjectName(QStringLiteral("activateCaKeyAction"));
        m_deactivateAction = ca->addAction(tr("&Deactivate CA key"), this, &MainWindow::deactivateCaKey);
        m_deactivateAction->setObjectName(QStringLiteral("deactivateCaKeyAction"));
        m_deactivateAction->setEnabled(false);
    }

    if (m_user.can(domain::Permission::ManageDataSources)) {
        QMenu* administration = menuBar()->addMenu(tr("&Administration"));
        QAction* sources = administration->addAction(tr("Reliable &Data Sources…"), this, [this] {
            auto* dialog = new DataSourcesDialog(m_workspace, m_user, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        sources->setObjectName(QStringLiteral("dataSourcesAction"));
        QAction* names = administration->addAction(tr("&High-risk names…"), this, [this] {
            auto* dialog = new HighRiskNamesDialog(m_workspace, m_user, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        names->setObjectName(QStringLiteral("highRiskNamesAction"));
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* search = view->addAction(tr("&Search the queue"));
    search->setShortcut(QKeySequence::Find);
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    for (const QString& code : translations::availableLanguages()) {
        QAction* action = language->addAction(translations::languageDisplayName(code));
        action->setCheckable(true);
        action->setChecked(code == translations::currentLanguage());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageChangeRequested(code); });
    }

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search reference, organization, domain"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    // Search once typing pauses, not on every keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyQueueFilter);
    connect(search, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About RA Workstation"),
                           tr("<b>RA Workstation %1</b><p>Registration authority workstation for OV TLS server "
                              "certificates under the SECOM Passport for Web SR certificate policy.</p>")
                               .arg(QString::fromLatin1(RA_VERSION)));
    });
}

void MainWindow::buildStatusBar() {
    m_hsmLabel = new QLabel(tr("HSM: not activated"));
    m_hsmLabel->setObjectName(QStringLiteral("hsmStatusLabel"));
    QLabel* hsm = m_hsmLabel;
    auto* database = new QLabel(tr("DB: SQLite %1").arg(QFileInfo(m_workspace.databasePath()).fileName()));
    database->setToolTip(m_workspace.databasePath());
    m_perspectivesLabel = new QLabel(tr("Perspectives: not configured"));
    m_perspectivesLabel->setObjectName(QStringLiteral("perspectivesStatusLabel"));
    QLabel* perspectives = m_perspectivesLabel;
    m_clockLabel = new QLabel;
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    for (QLabel* label : {hsm, database, perspectives, m_clockLabel}) {
        statusBar()->addPermanentWidget(label);
    }
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::tick);
    timer->start(1000);
    tick();
    m_checkpointTimer = new QTimer(this);
    m_checkpointTimer->setInterval(std::chrono::hours(1));
    connect(m_checkpointTimer, &QTimer::timeout, this, &MainWindow::checkpointAuditLog);
    auto* probe = new QTimer(this);
    connect(probe, &QTimer::timeout, this, &MainWindow::probePerspectives);
    probe->start(60000);
    probePerspectives();
}

void MainWindow::probePerspectives() {
    const app::MpicSettings settings = m_workspace.mpicSettings();
    if (settings.perspectives.isEmpty()) {
        m_perspectivesLabel->setText(tr("Perspectives: not configured"));
        return;
    }
    if (m_probing) {
        return;
    }
    m_probing = true;
    const auto window = std::make_shared<const QPointer<MainWindow>>(this);
    (void)QtConcurrent::run([window, settings] {
        const QStringList online = app::MpicRound::online(settings, 5000);
        QMetaObject::invokeMethod(
            qApp,
            [window, settings, online] {
                MainWindow* alive = window->data();
                if (!alive) {
                    return;
                }
                alive->m_probing = false;
                QStringList offline;
                for (const app::PerspectiveEndpoint& endpoint : settings.perspectives) {
                    if (!online.contains(endpoint.name)) {
                        offline << endpoint.name;
                    }
                }
                alive->m_perspectivesLabel->setText(
                    tr("Perspectives: %1/%2 online").arg(online.size()).arg(settings.perspectives.size()));
                alive->m_perspectivesLabel->setToolTip(
                    offline.isEmpty() ? tr("Every perspective answers.")
                                      : tr("Not answering: %1").arg(offline.join(QStringLiteral(", "))));
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::checkpointAuditLog() {
    if (!m_signingModule || !m_signingModule->isActive()) {
        return;
    }
    if (const auto made = app::AuditLogService(m_workspace).checkpoint(*m_signingModule, QStringLiteral("hourly"));
        !made) {
        statusBar()->showMessage(made.error().userMessage, 10000);
    }
}

void MainWindow::tick() {
    const QDateTime now = m_workspace.clock().nowUtc();
    m_clockLabel->setText(
        tr("%1 local · %2 UTC")
            .arg(now.toLocalTime().toString(QStringLiteral("HH:mm:ss")), now.toString(QStringLiteral("HH:mm"))));
}

QStringList MainWindow::viewNames() const {
    QStringList names;
    for (int row = 0; row < m_views->count(); ++row) {
        names << m_views->item(row)->data(kViewIdRole).toString();
    }
    return names;
}

void MainWindow::showView(const QString& name) {
    const int row = int(viewNames().indexOf(name));
    if (row >= 0) {
        m_views->setCurrentRow(row);
    }
}

QList<QAction*> MainWindow::changingActions() const {
    return m_importAction ? QList<QAction*>{m_importAction} : QList<QAction*>{};
}

void MainWindow::viewChanged(int row) {
    if (row < 0) {
        return;
    }
    const QString id = m_views->item(row)->data(kViewIdRole).toString();
    if (id == QLatin1String("audit")) {
        m_stack->setCurrentWidget(m_auditBrowser);
        m_auditBrowser->applyFilter();
        return;
    }
    m_stack->setCurrentIndex(0);
    m_queueTitle->setText(m_views->item(row)->text());
    for (const QueueView& view : kQueueViews) {
        if (id == QLatin1String(view.id)) {
            const QSignalBlocker blockState(m_stateFilter);
            const QSignalBlocker blockOfficer(m_officerFilter);
            m_stateFilter->setCurrentIndex(view.state ? m_stateFilter->findData(domain::stateId(*view.state)) : 0);
            m_officerFilter->setCurrentIndex(view.onlyMine ? std::max(0, m_officerFilter->findData(m_user.id)) : 0);
        }
    }
    applyQueueFilter();
}

void MainWindow::applyQueueFilter() {
    app::QueueFilter filter;
    filter.state = domain::stateFromId(m_stateFilter->currentData().toString());
    filter.officerId = m_officerFilter->currentData().toLongLong();
    filter.minAgeDays = m_ageFilter->currentData().toInt();
    filter.text = m_search->text().trimmed();
    m_queueModel->setFilter(filter);
    m_queueView->resizeColumnsToContents();
    statusBar()->showMessage(tr("%n application(s)", nullptr, int(m_queueModel->totalCount())));
}

void MainWindow::refresh() {
    m_queueModel->reload();
    if (m_auditBrowser) {
        m_auditBrowser->applyFilter();
    }
}

void MainWindow::openSelected() {
    const qint64 id = m_queueModel->applicationId(m_queueView->currentIndex().row());
    if (id) {
        openApplication(id);
    }
}

ApplicationWindow* MainWindow::openApplication(qint64 applicationId) {
    if (ApplicationWindow* existing = m_openWindows.value(applicationId)) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto* window = new ApplicationWindow(m_workspace, m_user, applicationId);
    connect(window, &ApplicationWindow::applicationChanged, this, &MainWindow::refresh);
    connect(window, &ApplicationWindow::issueRequested, this, &MainWindow::issueCertificate);
    m_openWindows.insert(applicationId, window);
    window->show();
    return window;
}

void MainWindow::chooseAndImport() {
    const QString path = Prompts::askPackage(this);
    if (!path.isEmpty()) {
        importPackage(path);
    }
}

qint64 MainWindow::importPackage(const QString& path) {
    if (!m_user.can(domain::Permission::ImportApplication)) {
        return 0;
    }
    app::IntakeService intake(m_workspace);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto imported = intake.importPackage(path, m_user);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        Prompts::showError(
            this, tr("Import refused"),
            tr("The package %1 was not imported: %2").arg(QFileInfo(path).fileName(), imported.error().userMessage),
            imported.error().code + QStringLiteral(": ") + imported.error().detail);
        return 0;
    }
    statusBar()->showMessage(
        tr("Imported %1 as application %2.").arg(imported->externalReference).arg(imported->applicationId), 10000);
    showView(QStringLiteral("received"));
    refresh();
    return imported->applicationId;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_user.can(domain::Permission::ImportApplication) && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            importPackage(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::setIdleTimeout(int milliseconds) {
    m_idleLock->setTimeout(milliseconds);
}

void MainWindow::lockSession() {
    if (m_locked) {
        return;
    }
    deactivateCaKey(); // an unattended screen must not hold an active CA key
    m_locked = true;
    m_idleLock->pause();
    app::AuthService(m_workspace).recordIdleLock(m_user);
    // Nothing of the work stays on screen while locked.
    QList<QPointer<ApplicationWindow>> hidden;
    for (const QPointer<ApplicationWindow>& window : std::as_const(m_openWindows)) {
        if (window && window->isVisible()) {
            window->hide();
            hidden << window;
        }
    }
    centralWidget()->hide();
    LoginDialog unlock(m_workspace, LoginDialog::Mode::Unlock, m_user, this);
    unlock.setObjectName(QStringLiteral("unlockDialog"));
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    m_locked = false;
    if (!unlocked) {
        app::AuthService(m_workspace).recordLogout(m_user);
        emit logoutRequested();
        return;
    }
    centralWidget()->show();
    for (const QPointer<ApplicationWindow>& window : hidden) {
        if (window) {
            window->show();
        }
    }
    m_idleLock->resume();
}

void MainWindow::activateCaKey() {
    CaActivationDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_signingModule = dialog.takeModule();
    m_custodians = dialog.custodians();
    m_checkpointTimer->start(); // R-AUD-2: at least hourly while the key is active
    m_hsmLabel->setText(tr("HSM: activated by %1").arg(dialog.custodians().join(QStringLiteral(", "))));
    if (m_deactivateAction) {
        m_deactivateAction->setEnabled(true);
    }
}

void MainWindow::issueCertificate(qint64 applicationId) {
    if (!m_signingModule || !m_signingModule->isActive()) {
        m_signingModule.reset(); // one token open at a time: the old one goes before a new activation
        activateCaKey();
        if (!m_signingModule) {
            return;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    app::IssuanceService issuance(m_workspace);
    const auto resumed = issuance.resumeInterrupted(*m_signingModule, m_custodians);
    const auto issued = issuance.issue(*m_signingModule, m_custodians, applicationId);
    QApplication::restoreOverrideCursor();
    const bool completedEarlier =
        resumed && std::any_of(resumed->cbegin(), resumed->cend(), [applicationId](const app::IssuanceResult& done) {
            return done.applicationId == applicationId;
        });
    if (!issued && !completedEarlier) {
        Prompts::showError(this, tr("Issue certificate"), issued.error().userMessage, issued.error().detail);
        if (!m_signingModule->isActive()) {
            deactivateCaKey(); // R-HSM-4: the HSM was lost; the custodians activate it again
        }
    } else {
        statusBar()->showMessage(tr("Certificate issued for application %1.").arg(applicationId), 10000);
    }
    refresh();
    if (const QPointer<ApplicationWindow> window = m_openWindows.value(applicationId)) {
        window->reload();
    }
}

void MainWindow::deactivateCaKey() {
    if (!m_signingModule) {
        return;
    }
    m_checkpointTimer->stop();
    app::CaActivationService(m_workspace)
        .deactivate(*m_signingModule, QStringLiteral("deactivated by ") + m_user.username);
    m_signingModule.reset();
    m_custodians.clear();
    m_hsmLabel->setText(tr("HSM: not activated"));
    if (m_deactivateAction) {
        m_deactivateAction->setEnabled(false);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Quit ends the session: no application window stays open acting for a signed-out user.
    for (const QPointer<ApplicationWindow>& window : std::as_const(m_openWindows)) {
        if (window) {
            window->close(); // deletes itself
        }
    }
    deactivateCaKey();
    app::AuthService(m_workspace).recordLogout(m_user);
    event->accept();
}

} // namespace ra::ui

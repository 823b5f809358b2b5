// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Document.h"
#include "domain/Error.h"
#include "domain/Evidence.h"
#include "domain/ReliableDataSource.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class EvidenceDialog;
}

namespace ra::ui {

// Organization evidence from a source the workstation does not query itself (R-ORG-1..3): a
// government agency, another approved Reliable Data Source, a site visit, an Attestation Letter,
// or for a tradename a bill, statement or tax document. The officer enters what the source states
// for each part it confirms, its reference, when it was obtained and the documents it relies on.
// `record` is the service call: a refusal is shown and the dialog stays open with what was typed.
class EvidenceDialog : public QDialog {
    Q_OBJECT

public:
    using Recorder = std::function<domain::Status(const domain::Evidence&)>;

    EvidenceDialog(qint64 applicationId, const QList<domain::Document>& documents,
                   const QList<domain::ReliableDataSource>& sources, const QDateTime& now, Recorder record,
                   QWidget* parent = nullptr);
    ~EvidenceDialog() override;

    [[nodiscard]] domain::Evidence entered() const;
    void accept() override;

private:
    void updateFields();

    std::unique_ptr<Ui::EvidenceDialog> m_ui;
    qint64 m_applicationId;
    Recorder m_record;
};

} // namespace ra::ui

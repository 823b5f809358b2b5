// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QStringList>

namespace ra::domain {

// An officer's alteration/falsification inspection of one version of a document (R-DOC-1): which
// of the standard checks they confirmed, the finding when one did not hold, who and when. The
// result follows from the checks: passed only when every standard check was confirmed.
struct DocumentInspection {
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 documentId = 0;
    QString documentSha256; // the version inspected, as its bytes were at the time
    QStringList confirmed;  // ids of DocumentReview::standardChecks() the officer confirmed
    bool passed = false;
    QString finding;
    QString inspectedBy;
    QDateTime inspectedAt;
};

} // namespace ra::domain

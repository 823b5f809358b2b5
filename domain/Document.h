// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace ra::domain {

// A document relied upon (R-DOC-1). Stored by content hash and never modified: a replacement
// is a new document whose `replaces` names the earlier one.
struct Document {
    qint64 id = 0;
    QString fileName; // as named in the package, without directories
    QString kind;     // "registry_extract", "attestation_letter", ...
    QString description;
    QString sha256; // hex
    qint64 size = 0;
    QString mediaType;
    QString addedBy;
    QDateTime addedAt;
    qint64 replaces = 0;
};

} // namespace ra::domain

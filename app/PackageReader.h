// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Error.h"

#include <QList>

namespace ra::app {

// An application package (R-IN-2), format described in docs/package-format.md:
// a folder with application.json (the manifest), the CSR in PEM, and the documents.
struct PackageLimits {
    qint64 maxManifestBytes = qint64(1024) * 1024;
    qint64 maxDocumentBytes = qint64(20) * 1024 * 1024;
    qint64 maxPackageBytes = qint64(100) * 1024 * 1024;
};

struct PackagedDocument {
    domain::Document document;
    QString sourcePath; // absolute, checked to lie inside the package
};

struct Package {
    QString directory;
    domain::Application application; // no id, state or checklist yet
    QList<PackagedDocument> documents;
};

class PackageReader {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kManifestName = "application.json";

    // `path` is the package folder or its application.json. Reads and checks everything,
    // touching nothing: any fault gives an Error naming the field or file.
    [[nodiscard]] static domain::Result<Package> read(const QString& path, const PackageLimits& limits);
    // R-DOC-1: the media type of a document file, judged by its bytes. Only PDF, PNG and JPEG are
    // relied upon (the workstation shows them), and the bytes must be what the file's name says:
    // a "registry-extract.pdf" that is really an HTML page or a program is refused.
    [[nodiscard]] static domain::Result<QString> documentMediaType(const QString& path);
    // The same, judged on bytes already read (`fileName` gives the name's type).
    [[nodiscard]] static domain::Result<QString> documentMediaType(const QString& fileName, const QByteArray& bytes);
};

} // namespace ra::app

// SPDX-License-Identifier: Apache-2.0
#include "app/PackageReader.h"

#include "crypto/CsrParser.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra::app {

using domain::fail;
using domain::Result;

namespace {
// Reads the string at `object[key]`; records the first missing or mistyped field by its path.
class FieldReader {
public:
    QString text(const QJsonObject& object, const QString& path, const QString& key, bool required = true) {
        const QJsonValue value = object.value(key);
        const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                missing(where);
            }
            return {};
        }
        if (!value.isString()) {
            wrongType(where, QCoreApplication::translate("PackageReader", "text"));
            return {};
        }
        QString result = value.toString().trimmed();
        if (required && result.isEmpty()) {
            missing(where);
        }
        return result;
    }

    QJsonObject object(const QJsonObject& parent, const QString& key) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            missing(key);
        } else if (!value.isObject()) {
            wrongType(key, QCoreApplication::translate("PackageReader", "an object"));
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& key, bool required) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() && !required) {
            return {};
        }
        if (value.isUndefined()) {
            missing(key);
        } else if (!value.isArray()) {
            wrongType(key, QCoreApplication::translate("PackageReader", "a list"));
        }
        return value.toArray();
    }

    void invalid(const QString& field, const QString& why) {
        if (!error) {
            error =
                domain::Error{QStringLiteral("package.bad-field"),
                              QCoreApplication::translate("PackageReader", "Field \"%1\": %2").arg(field, why), field};
        }
    }

    std::optional<domain::Error> error;

private:
    void missing(const QString& field) {
        if (!error) {
            error = domain::Error{
                QStringLiteral("package.missing-field"),
                QCoreApplication::translate("PackageReader", "The required field \"%1\" is missing or empty.")
                    .arg(field),
                field};
        }
    }
    void wrongType(const QString& field, const QString& expected) {
        invalid(field, QCoreApplication::translate("PackageReader", "must be %1.").arg(expected));
    }
};

// A file named in the manifest must be a plain relative path that stays inside the package.
Result<QString> resolveInside(const QDir& packageDir, const QString& name, const QString& field) {
    static const QRegularExpression unsafe(QStringLiteral(R"((^|/)\.\.(/|$)|\\|^/|^~|:)"));
    if (name.isEmpty() || unsafe.match(name).hasMatch() || name.contains(QChar(0))) {
        return fail(QStringLiteral("package.unsafe-path"),
                    QCoreApplication::translate("PackageReader",
                                                "Field \"%1\" names \"%2\", which is not a path inside the package.")
                        .arg(field, name),
                    name);
    }
    const QFileInfo file(packageDir.filePath(name));
    if (!file.exists()) {
        return fail(
            QStringLiteral("package.missing-file"),
            QCoreApplication::translate("PackageReader", "The file \"%1\" named in field \"%2\" is not in the package.")
                .arg(name, field),
            name);
    }
    if (!file.isFile()) {
        return fail(QStringLiteral("package.not-a-file"),
                    QCoreApplication::translate("PackageReader",
                                                "\"%1\" is not an ordinary file (a pipe, a device or a socket).")
                        .arg(name),
                    name);
    }
    // A symbolic link could still lead outside: compare the real paths.
    const QString root = packageDir.canonicalPath() + QLatin1Char('/');
    if (!file.canonicalFilePath().startsWith(root)) {
        return fail(
            QStringLiteral("package.unsafe-path"),
            QCoreApplication::translate("PackageReader", "Field \"%1\" names \"%2\", which leads outside the package.")
                .arg(field, name),
            name);
    }
    return file.canonicalFilePath();
}

// Opens `path` for reading only when it is a regular file. A FIFO would block open() until a
// writer came and a device (a link to /dev/zero) never ends: O_NONBLOCK keeps the open from
// waiting, and fstat() judges the very file opened, not a path swapped in between.
domain::Status openRegularFile(QFile& file, const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return fail(QStringLiteral("package.unreadable-file"),
                    QCoreApplication::translate("PackageReader", "The file \"%1\" cannot be read.")
                        .arg(QFileInfo(path).fileName()),
                    QString::fromLocal8Bit(strerror(errno)));
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return fail(QStringLiteral("package.not-a-file"),
                    QCoreApplication::translate("PackageReader",
                                                "\"%1\" is not an ordinary file (a pipe, a device or a socket).")
                        .arg(QFileInfo(path).fileName()),
                    path);
    }
    (void)::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(QStringLiteral("package.unreadable-file"),
                    QCoreApplication::translate("PackageReader", "The file \"%1\" cannot be read.")
                        .arg(QFileInfo(path).fileName()),
                    file.errorString());
    }
    return {};
}

Result<QString> hashFile(const QString& path) {
    QFile file;
    if (auto opened = openRegularFile(file, path); !opened) {
        return std::unexpected(opened.error());
    }
    crypto::Sha256Stream hash;
    QByteArray chunk;
    while (!(chunk = file.read(1024 * 1024)).isEmpty()) {
        hash.add(chunk.constData(), chunk.size());
    }
    return hash.finishHex();
}

Result<QByteArray> readLimited(const QString& path, qint64 limit, const QString& label) {
    QFile file;
    if (auto opened = openRegularFile(file, path); !opened) {
        return std::unexpected(opened.error());
    }
    if (file.size() > limit) {
        return fail(QStringLiteral("package.file-too-large"),
                    QCoreApplication::translate("PackageReader", "%1 is %2 bytes; the limit is %3 bytes.")
                        .arg(label)
                        .arg(file.size())
                        .arg(limit),
                    path);
    }
    return file.read(limit + 1);
}
} // namespace

Result<Package> PackageReader::read(const QString& path, const PackageLimits& limits) {
    const QFileInfo given(path);
    const QDir packageDir = given.isDir() ? QDir(given.absoluteFilePath()) : given.absoluteDir();
    const QString manifestPath = packageDir.filePath(QString::fromLatin1(kManifestName));
    if (!given.exists() || !QFileInfo::exists(manifestPath)) {
        return fail(
            QStringLiteral("package.not-found"),
            QCoreApplication::translate("PackageReader", "No application package at %1 (a folder with %2 is expected).")
                .arg(path, QString::fromLatin1(kManifestName)));
    }
    const auto manifestBytes = readLimited(manifestPath, limits.maxManifestBytes, QString::fromLatin1(kManifestName));
    if (!manifestBytes) {
        return std::unexpected(manifestBytes.error());
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(*manifestBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return fail(QStringLiteral("package.bad-json"),
                    QCoreApplication::translate("PackageReader", "%1 is not valid JSON: %2 at byte %3.")
                        .arg(QString::fromLatin1(kManifestName), parseError.errorString())
                        .arg(parseError.offset),
                    parseError.errorString());
    }
    const QJsonObject root = json.object();
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (version.isUndefined()) {
        return fail(QStringLiteral("package.missing-field"),
                    QCoreApplication::translate("PackageReader", "The required field \"%1\" is missing or empty.")
                        .arg(QStringLiteral("format_version")),
                    QStringLiteral("format_version"));
    }
    if (!version.isDouble() || version.toInt() != kFormatVersion) {
        return fail(
            QStringLiteral("package.unsupported-version"),
            QCoreApplication::translate(
                "PackageReader", "Package format version %1 is not supported; this workstation reads version %2.")
                .arg(version.toVariant().toString())
                .arg(kFormatVersion));
    }

    Package package;
    package.directory = packageDir.absolutePath();
    domain::Application& app = package.application;
    FieldReader fields;
    app.externalReference = fields.text(root, {}, QStringLiteral("reference"));
    const QJsonObject org = fields.object(root, QStringLiteral("organization"));
    const QString orgPath = QStringLiteral("organization");
    app.organization.legalName = fields.text(org, orgPath, QStringLiteral("legal_name"));
    app.organization.doingBusinessAs = fields.text(org, orgPath, QStringLiteral("dba"), false);
    app.organization.streetAddress = fields.text(org, orgPath, QStringLiteral("street_address"));
    app.organization.locality = fields.text(org, orgPath, QStringLiteral("locality"));
    app.organization.stateOrProvince = fields.text(org, orgPath, QStringLiteral("state_or_province"));
    app.organization.postalCode = fields.text(org, orgPath, QStringLiteral("postal_code"), false);
    app.organization.country = fields.text(org, orgPath, QStringLiteral("country")).toUpper();
    const QJsonObject rep = fields.object(root, QStringLiteral("representative"));
    const QString repPath = QStringLiteral("representative");
    app.representative.name = fields.text(rep, repPath, QStringLiteral("name"));
    app.representative.title = fields.text(rep, repPath, QStringLiteral("title"), false);
    app.representative.email = fields.text(rep, repPath, QStringLiteral("email"));
    app.representative.phone = fields.text(rep, repPath, QStringLiteral("phone"));
    const QJsonObject agreement = fields.object(root, QStringLiteral("subscriber_agreement"));
    const QString agreementPath = QStringLiteral("subscriber_agreement");
    app.agreement.version = fields.text(agreement, agreementPath, QStringLiteral("version"));
    const QString acceptedAt = fields.text(agreement, agreementPath, QStringLiteral("accepted_at"));
    app.agreement.acceptedBy = fields.text(agreement, agreementPath, QStringLiteral("accepted_by"));
    const QJsonArray fqdns = fields.array(root, QStringLiteral("fqdns"), true);
    const QString csrFile = fields.text(root, {}, QStringLiteral("csr_file"));
    const QJsonArray documents = fields.array(root, QStringLiteral("documents"), false);
    if (!fields.error && app.organization.country.size() != 2) {
        fields.invalid(QStringLiteral("organization.country"),
                       QCoreApplication::translate("PackageReader", "must be a two-letter ISO 3166 country code."));
    }
    if (!fields.error) {
        app.agreement.acceptedAt = QDateTime::fromString(acceptedAt, Qt::ISODate);
        if (!app.agreement.acceptedAt.isValid()) {
            fields.invalid(
                QStringLiteral("subscriber_agreement.accepted_at"),
                QCoreApplication::translate("PackageReader", "must be a date and time such as 2026-11-20T09:00:00Z."));
        }
    }
    if (!fields.error && fqdns.isEmpty()) {
        fields.invalid(QStringLiteral("fqdns"),
                       QCoreApplication::translate("PackageReader", "must list at least one domain name."));
    }
    for (qsizetype i = 0; !fields.error && i < fqdns.size(); ++i) {
        const QString name = fqdns.at(i).toString().trimmed().toLower();
        if (!fqdns.at(i).isString() || name.isEmpty() || name.size() > 253) {
            fields.invalid(QStringLiteral("fqdns[%1]").arg(i),
                           QCoreApplication::translate("PackageReader", "must be a domain name."));
        }
        app.fqdns << name;
    }
    if (fields.error) {
        return std::unexpected(*fields.error);
    }

    // The CSR.
    const auto csrPath = resolveInside(packageDir, csrFile, QStringLiteral("csr_file"));
    if (!csrPath) {
        return std::unexpected(csrPath.error());
    }
    const auto csrBytes =
        readLimited(*csrPath, crypto::CsrParser::kMaxSize, QCoreApplication::translate("PackageReader", "The CSR"));
    if (!csrBytes) {
        return std::unexpected(csrBytes.error());
    }
    const auto csr = crypto::CsrParser::parse(*csrBytes);
    if (!csr) {
        return std::unexpected(csr.error());
    }
    app.csrPem = *csrBytes;
    app.csr = *csr;

    // The documents.
    qint64 total = manifestBytes->size() + csrBytes->size();
    // The package's identity covers every byte of it: manifest, CSR and each document.
    QByteArray identity = *manifestBytes + *csrBytes;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString field = QStringLiteral("documents[%1]").arg(i);
        const QJsonObject entry = documents.at(i).toObject();
        const QString file = fields.text(entry, field, QStringLiteral("file"));
        const QString kind = fields.text(entry, field, QStringLiteral("kind"));
        const QString description = fields.text(entry, field, QStringLiteral("description"), false);
        if (fields.error) {
            return std::unexpected(*fields.error);
        }
        const auto source = resolveInside(packageDir, file, field + QStringLiteral(".file"));
        if (!source) {
            return std::unexpected(source.error());
        }
        const qint64 size = QFileInfo(*source).size();
        if (size > limits.maxDocumentBytes) {
            return fail(
                QStringLiteral("package.file-too-large"),
                QCoreApplication::translate("PackageReader", "The document \"%1\" is %2 bytes; the limit is %3 bytes.")
                    .arg(file)
                    .arg(size)
                    .arg(limits.maxDocumentBytes),
                file);
        }
        total += size;
        if (total > limits.maxPackageBytes) {
            return fail(QStringLiteral("package.too-large"),
                        QCoreApplication::translate("PackageReader", "The package is larger than %1 bytes.")
                            .arg(limits.maxPackageBytes));
        }
        const auto digest = hashFile(*source);
        if (!digest) {
            return std::unexpected(digest.error());
        }
        identity += digest->toLatin1();
        domain::Document document;
        document.fileName = QFileInfo(file).fileName();
        document.kind = kind;
        document.description = description;
        document.sha256 = *digest;
        document.size = size;
        const auto mediaType = documentMediaType(*source);
        if (!mediaType) {
            return std::unexpected(mediaType.error());
        }
        document.mediaType = *mediaType;
        package.documents.append({document, *source});
    }
    app.packageDigest = crypto::sha256Hex(identity);
    return package;
}

Result<QString> PackageReader::documentMediaType(const QString& path) {
    QFile file;
    if (auto opened = openRegularFile(file, path); !opened) {
        return std::unexpected(opened.error());
    }
    return documentMediaType(QFileInfo(path).fileName(), file.read(64 * 1024)); // magic is at the start
}

Result<QString> PackageReader::documentMediaType(const QString& fileName, const QByteArray& bytes) {
    static const QStringList relied{QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                                    QStringLiteral("image/jpeg")};
    const QMimeDatabase mimeTypes;
    const QString byContent = mimeTypes.mimeTypeForData(bytes).name();
    const QString byName = mimeTypes.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    if (!relied.contains(byContent) || byContent != byName) {
        return fail(QStringLiteral("package.document-type"),
                    QCoreApplication::translate("PackageReader",
                                                "The document \"%1\" is not what its name says (%2 by its content, %3 "
                                                "by its name): only PDF, PNG and JPEG documents are relied upon.")
                        .arg(fileName, byContent, byName),
                    fileName);
    }
    return byContent;
}

} // namespace ra::app

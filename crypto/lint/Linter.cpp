// SPDX-License-Identifier: Apache-2.0
#include "crypto/lint/Linter.h"

#include "crypto/OpenSslError.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

namespace ra::crypto::lint {

const std::vector<std::unique_ptr<Lint>>& Linter::all() {
    static const std::vector<std::unique_ptr<Lint>> lints = [] {
        std::vector<std::unique_ptr<Lint>> list;
        addProfileLints(list);
        addBaselineLints(list);
        addRfc5280Lints(list);
        addEncodingLints(list);
        addOcspResponderLints(list);
        return list;
    }();
    return lints;
}

QStringList Linter::profiles() {
    return {QStringLiteral("tls-server"), QStringLiteral("ocsp-responder")};
}

domain::Result<QList<LintResult>> Linter::run(const QByteArray& certificate, const std::optional<QDate>& at,
                                              const QString& profile) {
    ERR_clear_error();
    X509Ptr parsed;
    {
        const BioPtr bio(BIO_new_mem_buf(certificate.constData(), int(certificate.size())));
        parsed.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    if (!parsed) {
        ERR_clear_error();
        const auto* der = reinterpret_cast<const unsigned char*>(certificate.constData());
        parsed.reset(d2i_X509(nullptr, &der, long(certificate.size())));
    }
    if (!parsed) {
        return domain::fail(QStringLiteral("lint.unreadable"),
                            QCoreApplication::translate("Lint", "The certificate cannot be read (PEM or DER)."),
                            takeOpenSslErrors());
    }
    const CertificateView view(std::move(parsed));
    return run(view, at, profile);
}

QList<LintResult> Linter::run(const CertificateView& certificate, const std::optional<QDate>& at,
                              const QString& profile) {
    const QDate day = at.value_or(certificate.notBefore().date());
    QList<LintResult> results;
    results.reserve(qsizetype(all().size()));
    for (const std::unique_ptr<Lint>& lint : all()) {
        LintResult result{&lint->info(), Status::Pass, {}};
        if (!lint->profile().isEmpty() && lint->profile() != profile) {
            result.status = Status::NotApplicable;
        } else if (lint->info().effective.isValid() && day < lint->info().effective) {
            result.status = Status::NotEffective;
        } else if (!lint->applies(certificate)) {
            result.status = Status::NotApplicable;
        } else if (const std::optional<QString> found = lint->violation(certificate)) {
            switch (lint->info().severity) {
            case Severity::Error:
                result.status = Status::Error;
                break;
            case Severity::Warning:
                result.status = Status::Warn;
                break;
            case Severity::Notice:
                result.status = Status::Notice;
                break;
            }
            result.message =
                found->isEmpty() ? lint->info().describe() : lint->info().describe() + QStringLiteral(": ") + *found;
        }
        results << result;
    }
    return results;
}

bool Linter::hasErrors(const QList<LintResult>& results) {
    return std::any_of(results.cbegin(), results.cend(),
                       [](const LintResult& result) { return result.status == Status::Error; });
}

} // namespace ra::crypto::lint

// SPDX-License-Identifier: Apache-2.0
// Issue 3 target: at least 5 000 certificates linted per second on one core, printed beside the
// time to merely parse the same certificates with OpenSSL (the floor). RA_BENCH_CERTIFICATES sets
// how many distinct builder-made certificates are used (default 2 000), each linted 5 times.
#include "crypto/CertificateBuilder.h"
#include "crypto/lint/Linter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ra;
using namespace ra::crypto;

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    bool ok = false;
    const int count = std::max(1, qEnvironmentVariableIntValue("RA_BENCH_CERTIFICATES", &ok));
    const int certificates = ok ? count : 2000;
    constexpr int kRounds = 5;

    const EvpPkeyPtr key(EVP_RSA_gen(2048));
    X509NamePtr issuer(X509_NAME_new());
    X509_NAME_add_entry_by_txt(issuer.get(), "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Bench CA"), -1,
                               -1, 0);
    CertificateRequest request;
    request.subject = {QStringLiteral("JP"), QStringLiteral("東京都"), QStringLiteral("新宿区"),
                       QStringLiteral("株式会社サンプル"), QStringLiteral("www.sample.co.jp")};
    request.dnsNames = {QStringLiteral("www.sample.co.jp"), QStringLiteral("sample.co.jp"),
                        QStringLiteral("shop.sample.co.jp")};
    request.subjectPublicKeyDer = toDer<i2d_PUBKEY>(key.get());
    const domain::CertificateProfile profile = domain::CertificateProfile::tlsServer(
        {QStringLiteral("https://repo.example.jp/cps"), QStringLiteral("http://crl.example.jp/ca.crl"),
         QStringLiteral("http://ocsp.example.jp"), QStringLiteral("http://repo.example.jp/ca.cer")});
    QList<QByteArray> ders;
    const QDateTime start(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < certificates; ++i) {
        const auto preview = CertificateBuilder::buildPreview(
            profile, {toDer<i2d_X509_NAME>(issuer.get()), QByteArray(20, '\x01')}, request, start.addSecs(i));
        if (!preview) {
            std::fprintf(stderr, "cannot build: %s\n", qPrintable(preview.error().detail));
            return 1;
        }
        ders << preview->der;
    }

    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        for (const QByteArray& der : ders) {
            const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
            const X509Ptr parsed(d2i_X509(nullptr, &data, long(der.size())));
        }
    }
    const double parseSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    int findings = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (const QByteArray& der : ders) {
            const auto results = lint::Linter::run(der);
            findings += results && lint::Linter::hasErrors(*results) ? 1 : 0;
        }
    }
    const double lintSeconds = timer.nsecsElapsed() / 1e9;
    const double total = double(certificates) * kRounds;
    std::printf("%d certificates x %d rounds, %zu lints each, %d with errors\n", certificates, kRounds,
                lint::Linter::all().size(), findings);
    std::printf("%-52s %12.0f certificates/s\n", "parse only (OpenSSL d2i_X509), the floor", total / parseSeconds);
    std::printf("%-52s %12.0f certificates/s  (target >= 5000)\n", "parse + every lint", total / lintSeconds);
    std::printf("%-52s %12.2f x\n", "lint time / parse time", lintSeconds / parseSeconds);
    return findings == 0 ? 0 : 1;
}

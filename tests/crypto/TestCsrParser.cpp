// SPDX-License-Identifier: Apache-2.0
// R-CSR-1 proof of possession and the parsing that intake relies on; garbage never crashes.
#include "crypto/CsrParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using ra::crypto::CsrParser;

namespace {
QByteArray demoCsr(const char* package) {
    QFile file(QStringLiteral(RA_DEMO_PACKAGES "/%1/request.csr").arg(QString::fromLatin1(package)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray pemToDer(const QByteArray& pem) {
    QByteArray body;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----")) {
            body += line;
        }
    }
    return QByteArray::fromBase64(body);
}
} // namespace

class TestCsrParser : public QObject {
    Q_OBJECT

private slots:
    void parsesAValidRequest() {
        const auto csr = CsrParser::parse(demoCsr("sample-kk"));
        QVERIFY(csr);
        QCOMPARE(csr->keyType, QStringLiteral("RSA"));
        QCOMPARE(csr->keyBits, 2048);
        QCOMPARE(csr->dnsNames, QStringList({QStringLiteral("www.sample.co.jp"), QStringLiteral("sample.co.jp")}));
        QVERIFY(csr->subjectText().contains(QStringLiteral("CN=www.sample.co.jp")));
        QCOMPARE(csr->signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
        QVERIFY(csr->signatureValid);
        QCOMPARE(csr->publicKeySha256.size(), 64);
    }

    void detectsABrokenSignature_R_CSR_1() {
        const auto csr = CsrParser::parse(demoCsr("broken-signature"));
        QVERIFY(csr);
        QVERIFY(!csr->signatureValid);
    }

    void acceptsDer() {
        const auto csr = CsrParser::parse(pemToDer(demoCsr("example-shop")));
        QVERIFY(csr);
        QVERIFY(csr->signatureValid);
    }

    void refusesGarbageTruncationAndOversize() {
        const QByteArray pem = demoCsr("sample-kk");
        QCOMPARE(CsrParser::parse("not a csr").error().code, QStringLiteral("csr.unreadable"));
        QCOMPARE(CsrParser::parse(QByteArray()).error().code, QStringLiteral("csr.unreadable"));
        QCOMPARE(CsrParser::parse(pem.left(pem.size() / 2)).error().code, QStringLiteral("csr.unreadable"));
        const QByteArray der = pemToDer(pem);
        for (qsizetype cut = 1; cut < der.size(); cut += 7) {
            QVERIFY(!CsrParser::parse(der.left(cut))); // every truncation refused, none crashes
        }
        QCOMPARE(CsrParser::parse(QByteArray(CsrParser::kMaxSize + 1, 'A')).error().code,
                 QStringLiteral("csr.too-large"));
    }

    void randomMutationsNeverCrash() {
        const QByteArray der = pemToDer(demoCsr("kansai-foods"));
        QRandomGenerator random(20261125);
        for (int round = 0; round < 2000; ++round) {
            QByteArray mutated = der;
            for (int flips = 0; flips < 4; ++flips) {
                mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
            }
            (void)CsrParser::parse(mutated); // must return, whatever it returns
        }
    }
};

QTEST_GUILESS_MAIN(TestCsrParser)
#include "TestCsrParser.moc"

// SPDX-License-Identifier: Apache-2.0
// R-ROLE-3: TOTP against the test vectors of RFC 6238 appendix B.
#include "crypto/Totp.h"

#include <QTest>

using namespace ra::crypto;

namespace {
SecureBytes bytes(const QByteArray& text) {
    QByteArray copy = text;
    return SecureBytes::takeFrom(copy);
}

SecureBytes seedFor(HashAlgorithm algorithm) {
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return bytes("12345678901234567890");
    case HashAlgorithm::Sha256:
        return bytes("12345678901234567890123456789012");
    case HashAlgorithm::Sha512:
        return bytes("1234567890123456789012345678901234567890123456789012345678901234");
    }
    return {};
}
} // namespace

Q_DECLARE_METATYPE(ra::crypto::HashAlgorithm)

class TestTotp : public QObject {
    Q_OBJECT

private slots:
    void rfc6238Vectors_data() {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<HashAlgorithm>("algorithm");
        QTest::addColumn<QString>("expected");
        const struct {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } vectors[] = {
            {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto& vector : vectors) {
            QTest::addRow("%lld SHA1", vector.time)
                << vector.time << HashAlgorithm::Sha1 << QString::fromLatin1(vector.sha1);
            QTest::addRow("%lld SHA256", vector.time)
                << vector.time << HashAlgorithm::Sha256 << QString::fromLatin1(vector.sha256);
            QTest::addRow("%lld SHA512", vector.time)
                << vector.time << HashAlgorithm::Sha512 << QString::fromLatin1(vector.sha512);
        }
    }

    void rfc6238Vectors() {
        QFETCH(qint64, time);
        QFETCH(HashAlgorithm, algorithm);
        QFETCH(QString, expected);
        const TotpParameters parameters{algorithm, 8, 30, 0};
        QCOMPARE(Totp::code(seedFor(algorithm), time, parameters), expected);
        QVERIFY(Totp::verify(seedFor(algorithm), expected, time, 0, 1, parameters).has_value());
    }

    void sixDigitCodeIsTheTruncationOfTheEightDigitOne() {
        QCOMPARE(Totp::code(seedFor(HashAlgorithm::Sha1), 59), QStringLiteral("287082"));
    }

    void acceptsOneStepOfDriftOnly() {
        const SecureBytes seed = seedFor(HashAlgorithm::Sha1);
        const QString code = Totp::code(seed, 1111111109);
        QVERIFY(Totp::verify(seed, code, 1111111109 + 30).has_value());
        QVERIFY(Totp::verify(seed, code, 1111111109 - 30).has_value());
        QVERIFY(!Totp::verify(seed, code, 1111111109 + 90).has_value());
    }

    void refusesAUsedStep() {
        const SecureBytes seed = seedFor(HashAlgorithm::Sha1);
        const QString code = Totp::code(seed, 1234567890);
        const std::optional<qint64> step = Totp::verify(seed, code, 1234567890);
        QVERIFY(step.has_value());
        QVERIFY(!Totp::verify(seed, code, 1234567890, *step).has_value());
    }

    void refusesMalformedCodes() {
        const SecureBytes seed = seedFor(HashAlgorithm::Sha1);
        for (const QString& bad :
             {QString(), QStringLiteral("12345"), QStringLiteral("abcdef"), QStringLiteral("1234567")}) {
            QVERIFY(!Totp::verify(seed, bad, 59).has_value());
        }
    }

    void newSecretsAre160BitsAndDiffer() {
        const QByteArray a = Totp::newSecret();
        QCOMPARE(a.size(), 20);
        QVERIFY(a != Totp::newSecret());
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"

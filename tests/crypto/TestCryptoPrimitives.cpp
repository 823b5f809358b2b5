// SPDX-License-Identifier: Apache-2.0
// Password hashing (R-ROLE-4), base32, Shamir shares of the activation data (R-HSM-2), SecureBytes.
#include "crypto/Base32.h"
#include "crypto/JwkThumbprint.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretSharing.h"
#include "crypto/SecureBytes.h"

#include <QTest>

using namespace ra::crypto;

namespace {
SecureBytes bytes(const QByteArray& text) {
    QByteArray copy = text;
    return SecureBytes::takeFrom(copy);
}

QByteArray toQByteArray(const SecureBytes& secret) {
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}
} // namespace

class TestCryptoPrimitives : public QObject {
    Q_OBJECT

private slots:
    void passwordHashVerifies_R_ROLE_4() {
        const QString encoded = PasswordHasher::hash(bytes("correct horse battery"), ScryptCost{12, 8, 1});
        QVERIFY(encoded.startsWith(QStringLiteral("$scrypt$ln=12,r=8,p=1$")));
        QVERIFY(PasswordHasher::verify(bytes("correct horse battery"), encoded));
        QVERIFY(!PasswordHasher::verify(bytes("correct horse batterY"), encoded));
        QVERIFY(!PasswordHasher::verify(bytes(""), encoded));
    }

    void passwordHashIsSalted() {
        QVERIFY(PasswordHasher::hash(bytes("same"), ScryptCost{10, 8, 1}) !=
                PasswordHasher::hash(bytes("same"), ScryptCost{10, 8, 1}));
    }

    void defaultCostIsMemoryHard_R_ROLE_4() {
        QVERIFY(PasswordHasher::hash(bytes("x")).startsWith(QStringLiteral("$scrypt$ln=15,r=8,p=1$")));
    }

    void refusesMalformedOrWeakHashes() {
        QVERIFY(!PasswordHasher::verify(bytes("x"), QStringLiteral("plain")));
        QVERIFY(!PasswordHasher::verify(bytes("x"), QStringLiteral("$scrypt$ln=4,r=8,p=1$AAAA$AAAA")));
        QVERIFY(!PasswordHasher::verify(bytes("x"), QStringLiteral("$scrypt$ln=15,r=8,p=1$AAAA$AAAA")));
    }

    void base32RoundTripAndRfc4648Vectors() {
        QCOMPARE(base32Encode("foobar"), QByteArray("MZXW6YTBOI"));
        QCOMPARE(base32Encode("f"), QByteArray("MY"));
        QCOMPARE(*base32Decode("MZXW6YTBOI======"), QByteArray("foobar"));
        QCOMPARE(*base32Decode("mzxw 6ytb oi"), QByteArray("foobar"));
        QVERIFY(!base32Decode("MZXW1").has_value());
        const QByteArray random("\x00\xff\x10\x80 secret", 11);
        QCOMPARE(*base32Decode(base32Encode(random)), random);
    }

    void anyTwoSharesRecoverThePin_R_HSM_2() {
        const QByteArray pin("token-pin-1234");
        const QList<QByteArray> shares = SecretSharing::split(bytes(pin), 2, 4);
        QCOMPARE(shares.size(), 4);
        for (int a = 0; a < 4; ++a) {
            for (int b = 0; b < 4; ++b) {
                if (a != b) {
                    const auto combined = SecretSharing::combine({shares[a], shares[b]});
                    QVERIFY(combined.has_value());
                    QCOMPARE(toQByteArray(*combined), pin);
                }
            }
        }
    }

    void oneShareAloneOrTheSameShareTwiceRecoversNothing_R_HSM_2() {
        const QList<QByteArray> shares = SecretSharing::split(bytes("token-pin-1234"), 2, 3);
        QVERIFY(!SecretSharing::combine({shares[0]}).has_value());
        QVERIFY(!SecretSharing::combine({shares[1], shares[1]}).has_value());
        QVERIFY(!SecretSharing::combine({shares[0], QByteArray("9-zz")}).has_value());
        // A share does not contain the PIN in the clear.
        QVERIFY(!QByteArray::fromHex(shares[0].mid(2)).contains("token-pin"));
    }

    void threeOfFiveNeedsThree() {
        const QByteArray secret("abc");
        const QList<QByteArray> shares = SecretSharing::split(bytes(secret), 3, 5);
        QCOMPARE(toQByteArray(*SecretSharing::combine({shares[0], shares[2], shares[4]})), secret);
        QVERIFY(toQByteArray(*SecretSharing::combine({shares[0], shares[2]})) != secret);
    }

    void secureBytesWipeTheSource_R_HSM_3() {
        QByteArray source("pin");
        SecureBytes secret = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(secret.size(), std::size_t(3));
        SecureBytes moved = std::move(secret);
        QVERIFY(secret.isEmpty()); // NOLINT(bugprone-use-after-move): the move empties the source
        QCOMPARE(moved.size(), std::size_t(3));
    }

    // DCV method 7's key authorization (R-DCV-2, RFC 8555 8.1) carries the account key's RFC 7638
    // thumbprint: the RFC's own RSA example, and the P-256 key of RFC 7517 A.1 (thumbprint of its
    // {"crv","kty","x","y"} JSON computed independently).
    void jwkThumbprintsMatchTheRfcExamples_R_DCV_2() {
        const QByteArray rsa = QByteArray::fromBase64(
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtV"
            "T86zwu1RK7aPFFxuhDR1L6tSoc/BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ/2W+5JsGY4Hc5n9yBXArwl93lqt7/RN5w6Cf0h4QyQ5"
            "v+65YGjQR0/FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt+bFTWhAI4vMQF"
            "h6WeZu0fM4lFd2NcRwr3XPksINHaQ+G/xBniIqbw0Ls1jF44+csFCur+kEgU8awapJzKnqDKgwIDAQAB");
        QCOMPARE(jwkThumbprint(rsa).value_or(QString()), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
        const QByteArray ec = QByteArray::fromBase64("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMKBCTNIcKUSDii11ySs3526iDZ8A"
                                                     "iTo7Tu6KPAqv7D7gS2XpJFbZiItSs3m9+9Ue6GnvHw/GW2ZZaVtszggXIw==");
        QCOMPARE(jwkThumbprint(ec).value_or(QString()), QStringLiteral("cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s"));
        QCOMPARE(jwkThumbprint("not a key").error().code, QStringLiteral("jwk.unsupported"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "TestCryptoPrimitives.moc"

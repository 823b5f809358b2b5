// SPDX-License-Identifier: Apache-2.0
// R-CSR-2 and R-CSR-3 on real keys generated here and on crafted moduli: each rule fails the
// key it is meant to catch and passes a good one.
#include "crypto/Digest.h"
#include "crypto/KeyQuality.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/rsa.h>

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace ra::crypto;
using ra::domain::CheckResult;
using ra::domain::CheckStatus;

namespace {
class FakeBlocklist final : public ra::domain::IKeyBlocklist {
public:
    QSet<QString> spki;
    QSet<QString> debian;
    bool containsSpkiSha256(const QString& hex) const override { return spki.contains(hex); }
    bool containsDebianFingerprint(const QString& fingerprint) const override { return debian.contains(fingerprint); }
};

QByteArray spkiOf(EVP_PKEY* key) {
    return toDer<i2d_PUBKEY>(key);
}

QByteArray rsaSpki(int bits) {
    const EvpPkeyPtr key(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    return spkiOf(key.get());
}

QByteArray ecSpki(const char* curve) {
    const EvpPkeyPtr key(EVP_EC_gen(curve));
    return spkiOf(key.get());
}

QByteArray bytes(const BIGNUM* n) {
    QByteArray out(BN_num_bytes(n), '\0');
    BN_bn2bin(n, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

BnPtr randomPrime(int bits) {
    BnPtr prime(BN_new());
    BN_generate_prime_ex(prime.get(), bits, 0, nullptr, nullptr, nullptr);
    return prime;
}

BnPtr product(const BIGNUM* a, const BIGNUM* b) {
    const BnCtxPtr ctx(BN_CTX_new());
    BnPtr n(BN_new());
    BN_mul(n.get(), a, b, ctx.get());
    return n;
}

// A prime of Infineon's form k * M + (65537^a mod M), M the product of the primes 3 to 167.
BnPtr rocaPrime(int bits) {
    const BnCtxPtr ctx(BN_CTX_new());
    BnPtr m(BN_new());
    BN_one(m.get());
    for (unsigned long p : {3,  5,  7,  11, 13, 17,  19,  23,  29,  31,  37,  41,  43,  47,  53,  59,  61,  67,  71,
                            73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167}) {
        BN_mul_word(m.get(), p);
    }
    BnPtr generator(BN_new()), exponent(BN_new()), residue(BN_new()), k(BN_new()), candidate(BN_new());
    BN_set_word(generator.get(), 65537);
    for (;;) {
        BN_rand(exponent.get(), 20, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
        BN_mod_exp(residue.get(), generator.get(), exponent.get(), m.get(), ctx.get());
        BN_rand(k.get(), bits - BN_num_bits(m.get()), BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY);
        BN_mul(candidate.get(), k.get(), m.get(), ctx.get());
        BN_add(candidate.get(), candidate.get(), residue.get());
        if (BN_check_prime(candidate.get(), ctx.get(), nullptr) == 1) {
            return candidate;
        }
    }
}

CheckStatus statusOf(const QList<CheckResult>& results, const QString& id) {
    for (const CheckResult& result : results) {
        if (result.id == id) {
            return result.status;
        }
    }
    return CheckStatus::Pending;
}

const QByteArray kF4 = QByteArray::fromHex("010001");
} // namespace

class TestKeyQuality : public QObject {
    Q_OBJECT

private:
    FakeBlocklist m_none;

private slots:
    void aGoodRsa2048KeyPassesEverything_R_CSR_2_R_CSR_3() {
        const QList<CheckResult> results = KeyQuality::check(rsaSpki(2048), KeyPolicy::cpProfile(), m_none);
        QCOMPARE(results.size(), 9);
        for (const CheckResult& result : results) {
            QVERIFY2(result.status == CheckStatus::Passed,
                     qPrintable(result.id + QStringLiteral(": ") + result.message));
            QVERIFY(!result.citation.isEmpty());
            QVERIFY(result.requirementId.startsWith(QStringLiteral("R-CSR-")));
        }
    }

    void keySizeAndTypeFollowTheProfile_R_CSR_2() {
        QCOMPARE(
            statusOf(KeyQuality::check(rsaSpki(3072), KeyPolicy::cpProfile(), m_none), QStringLiteral("key.type-size")),
            CheckStatus::Failed);
        QCOMPARE(statusOf(KeyQuality::check(rsaSpki(3072), KeyPolicy::baselineRequirements(), m_none),
                          QStringLiteral("key.type-size")),
                 CheckStatus::Passed);
        QCOMPARE(statusOf(KeyQuality::check(rsaSpki(1024), KeyPolicy::baselineRequirements(), m_none),
                          QStringLiteral("key.type-size")),
                 CheckStatus::Failed);
        const QByteArray ec = ecSpki("P-256");
        QCOMPARE(statusOf(KeyQuality::check(ec, KeyPolicy::cpProfile(), m_none), QStringLiteral("key.type-size")),
                 CheckStatus::Failed);
        const QList<CheckResult> allowed = KeyQuality::check(ec, KeyPolicy::baselineRequirements(), m_none);
        QCOMPARE(statusOf(allowed, QStringLiteral("key.type-size")), CheckStatus::Passed);
        QCOMPARE(statusOf(allowed, QStringLiteral("key.ec-point")), CheckStatus::Passed);
        QCOMPARE(statusOf(allowed, QStringLiteral("key.roca")), CheckStatus::NotApplicable);
        QCOMPARE(statusOf(KeyQuality::check(ecSpki("P-521"), KeyPolicy::baselineRequirements(), m_none),
                          QStringLiteral("key.type-size")),
                 CheckStatus::Failed);
    }

    void exponentMustBeOddAndInTheBrRange_R_CSR_2_data() {
        QTest::addColumn<QByteArray>("exponent");
        QTest::addColumn<bool>("ok");
        QTest::newRow("65537") << kF4 << true;
        QTest::newRow("3") << QByteArray::fromHex("03") << false;
        QTest::newRow("65535") << QByteArray::fromHex("ffff") << false;
        QTest::newRow("even 65538") << QByteArray::fromHex("010002") << false;
        QTest::newRow("2^255+1") << QByteArray::fromHex("80" + QByteArray(60, '0') + "01") << true;
        QTest::newRow("2^256+1") << QByteArray::fromHex("01" + QByteArray(64, '0') + "01") << false;
    }

    void exponentMustBeOddAndInTheBrRange_R_CSR_2() {
        QFETCH(QByteArray, exponent);
        QFETCH(bool, ok);
        const BnPtr n = product(randomPrime(1024).get(), randomPrime(1024).get());
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(n.get()), exponent, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.rsa-exponent")),
                 ok ? CheckStatus::Passed : CheckStatus::Failed);
    }

    void modulusMustBeOddWithoutSmallFactors_R_CSR_2() {
        const BnPtr p = randomPrime(1024);
        BnPtr even(BN_dup(p.get()));
        BN_lshift1(even.get(), even.get());
        const QList<CheckResult> evenResults =
            KeyQuality::checkRsa(bytes(even.get()), kF4, KeyPolicy::cpProfile(), m_none);
        QCOMPARE(statusOf(evenResults, QStringLiteral("key.rsa-modulus-odd")), CheckStatus::Failed);
        QCOMPARE(statusOf(evenResults, QStringLiteral("key.rsa-small-factors")), CheckStatus::Failed);

        BnPtr times751(BN_dup(p.get()));
        BN_mul_word(times751.get(), 751);
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(times751.get()), kF4, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.rsa-small-factors")),
                 CheckStatus::Failed);
        BnPtr times757(BN_dup(p.get()));
        BN_mul_word(times757.get(), 757); // the first prime above the limit
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(times757.get()), kF4, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.rsa-small-factors")),
                 CheckStatus::Passed);
    }

    void modulusMustNotBeAPrimeOrAPrimePower_R_CSR_2() {
        const BnPtr prime = randomPrime(2048);
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(prime.get()), kF4, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.rsa-prime-power")),
                 CheckStatus::Failed);
        const BnPtr p = randomPrime(683);
        const BnPtr cube = product(product(p.get(), p.get()).get(), p.get());
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(cube.get()), kF4, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.rsa-prime-power")),
                 CheckStatus::Failed);
    }

    void closePrimesAreFoundByFermat_R_CSR_3() {
        const BnCtxPtr ctx(BN_CTX_new());
        const BnPtr p = randomPrime(1024);
        BnPtr q(BN_dup(p.get()));
        do {
            BN_add_word(q.get(), 2);
        } while (BN_check_prime(q.get(), ctx.get(), nullptr) != 1);
        const BnPtr n = product(p.get(), q.get());
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(n.get()), kF4, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.fermat")),
                 CheckStatus::Failed);
    }

    void rocaKeysAreDetected_R_CSR_3() {
        const BnPtr n = product(rocaPrime(1024).get(), rocaPrime(1024).get());
        QVERIFY(KeyQuality::hasRocaFingerprint(bytes(n.get())));
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(n.get()), kF4, KeyPolicy::cpProfile(), m_none),
                          QStringLiteral("key.roca")),
                 CheckStatus::Failed);
        for (int i = 0; i < 5; ++i) {
            const BnPtr normal = product(randomPrime(1024).get(), randomPrime(1024).get());
            QVERIFY(!KeyQuality::hasRocaFingerprint(bytes(normal.get())));
        }
    }

    void debianFingerprintMatchesTheListFormat_R_CSR_3() {
        // The Debian lists hold the last 20 hex digits of SHA-1 over "Modulus=<UPPER HEX>\n".
        const QByteArray line("Modulus=C0FFEE\n");
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(line, QCryptographicHash::Sha1).toHex().mid(20));
        QCOMPARE(KeyQuality::debianFingerprint(QByteArray::fromHex("c0ffee")), expected);
        QCOMPARE(expected.size(), 20);

        const BnPtr n = product(randomPrime(1024).get(), randomPrime(1024).get());
        FakeBlocklist listed;
        listed.debian.insert(KeyQuality::debianFingerprint(bytes(n.get())));
        QCOMPARE(statusOf(KeyQuality::checkRsa(bytes(n.get()), kF4, KeyPolicy::cpProfile(), listed),
                          QStringLiteral("key.debian-weak")),
                 CheckStatus::Failed);
    }

    void compromisedKeysAreRefused_R_CSR_3() {
        const QByteArray spki = rsaSpki(2048);
        FakeBlocklist listed;
        listed.spki.insert(sha256Hex(spki));
        QCOMPARE(statusOf(KeyQuality::check(spki, KeyPolicy::cpProfile(), listed), QStringLiteral("key.compromised")),
                 CheckStatus::Failed);
        QCOMPARE(statusOf(KeyQuality::check(rsaSpki(2048), KeyPolicy::cpProfile(), listed),
                          QStringLiteral("key.compromised")),
                 CheckStatus::Passed);
    }

    void aHugeModulusSkipsTheCostlyChecks() {
        const QByteArray huge(64 * 1024 / 2, char(0xff)); // a 262 144-bit modulus
        const QList<CheckResult> results = KeyQuality::checkRsa(huge, kF4, KeyPolicy::cpProfile(), m_none);
        QCOMPARE(statusOf(results, QStringLiteral("key.type-size")), CheckStatus::Failed);
        QCOMPARE(statusOf(results, QStringLiteral("key.fermat")), CheckStatus::NotApplicable);
    }

    void garbageIsAFailedCheckNotACrash() {
        const QList<CheckResult> results = KeyQuality::check("garbage", KeyPolicy::cpProfile(), m_none);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.front().status, CheckStatus::Failed);
        (void)KeyQuality::checkRsa(QByteArray(), QByteArray(), KeyPolicy::cpProfile(), m_none);
        (void)KeyQuality::checkRsa(QByteArray::fromHex("01"), kF4, KeyPolicy::cpProfile(), m_none);
    }
};

QTEST_GUILESS_MAIN(TestKeyQuality)
#include "TestKeyQuality.moc"

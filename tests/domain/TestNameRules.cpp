// SPDX-License-Identifier: Apache-2.0
// R-CSR-4: which requested names can be certified, against a small suffix list.
#include "domain/NameRules.h"

#include <QSet>
#include <QTest>

using namespace ra::domain;

namespace {
class SmallSuffixList final : public IPublicSuffixList {
public:
    QSet<QString> suffixes{QStringLiteral("jp"), QStringLiteral("co.jp"), QStringLiteral("com"),
                           QStringLiteral("onion")};
    bool isPublicSuffix(const QString& name) const override { return suffixes.contains(name); }
    QString registrableDomain(const QString& name) const override {
        const QStringList labels = name.split(QLatin1Char('.'));
        for (qsizetype i = 1; i < labels.size(); ++i) {
            if (suffixes.contains(labels.mid(i).join(QLatin1Char('.')))) {
                return labels.mid(i - 1).join(QLatin1Char('.'));
            }
        }
        return {};
    }
    bool hasKnownTopLevelDomain(const QString& name) const override {
        return suffixes.contains(name.section(QLatin1Char('.'), -1));
    }
};

CheckStatus statusOf(const NameCheck& check, const QString& id) {
    for (const CheckResult& result : check.results) {
        if (result.id == id) {
            return result.status;
        }
    }
    return CheckStatus::Pending;
}
} // namespace

class TestNameRules : public QObject {
    Q_OBJECT

private:
    SmallSuffixList m_suffixes;

private slots:
    void names_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("failingCheck"); // empty: the name passes
        QTest::newRow("ordinary") << QStringLiteral("www.sample.co.jp") << QString();
        QTest::newRow("upper case is folded") << QStringLiteral("WWW.Sample.CO.JP") << QString();
        QTest::newRow("registrable domain itself") << QStringLiteral("sample.co.jp") << QString();
        QTest::newRow("IDN converted to punycode") << QStringLiteral("日本語.jp") << QString();
        QTest::newRow("valid P-label") << QStringLiteral("xn--wgv71a119e.jp") << QString();
        QTest::newRow("wildcard, CP 3.2.2.6") << QStringLiteral("*.sample.co.jp") << QStringLiteral("name.no-wildcard");
        QTest::newRow("IPv4, CP 3.2.2.5") << QStringLiteral("192.0.2.10") << QStringLiteral("name.no-ip-address");
        QTest::newRow("IPv6") << QStringLiteral("2001:db8::1") << QStringLiteral("name.no-ip-address");
        QTest::newRow("bracketed IPv6") << QStringLiteral("[2001:db8::1]") << QStringLiteral("name.no-ip-address");
        QTest::newRow("onion, CP 3.2.2.4") << QStringLiteral("hidden.onion") << QStringLiteral("name.no-onion");
        QTest::newRow("internal name, CP 4.2.2")
            << QStringLiteral("server.local") << QStringLiteral("name.public-suffix");
        QTest::newRow("single label") << QStringLiteral("intranet") << QStringLiteral("name.syntax");
        QTest::newRow("a public suffix itself") << QStringLiteral("co.jp") << QStringLiteral("name.public-suffix");
        QTest::newRow("trailing dot") << QStringLiteral("www.sample.co.jp.") << QStringLiteral("name.syntax");
        QTest::newRow("underscore") << QStringLiteral("a_b.sample.co.jp") << QStringLiteral("name.syntax");
        QTest::newRow("leading hyphen") << QStringLiteral("-a.sample.co.jp") << QStringLiteral("name.syntax");
        QTest::newRow("reserved R-LDH label") << QStringLiteral("ab--cd.sample.co.jp") << QStringLiteral("name.syntax");
        QTest::newRow("broken punycode") << QStringLiteral("xn--zz-.sample.co.jp") << QStringLiteral("name.syntax");
        QTest::newRow("label of 64 octets")
            << QString(64, QLatin1Char('a')) + QStringLiteral(".co.jp") << QStringLiteral("name.length");
        QTest::newRow("name of 254 octets") << (QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(3) +
                                                   QString(62, QLatin1Char('b')) + QStringLiteral(".jp")
                                            << QStringLiteral("name.length");
    }

    void names() {
        QFETCH(QString, name);
        QFETCH(QString, failingCheck);
        const NameCheck check = NameRules::check(name, m_suffixes);
        if (failingCheck.isEmpty()) {
            for (const CheckResult& result : check.results) {
                QVERIFY2(result.status == CheckStatus::Passed,
                         qPrintable(result.id + QStringLiteral(": ") + result.message));
                QCOMPARE(result.requirementId, QStringLiteral("R-CSR-4"));
            }
            QVERIFY(check.ok());
        } else {
            QCOMPARE(statusOf(check, failingCheck), CheckStatus::Failed);
            QVERIFY(!check.ok());
        }
    }

    void showsTheAsciiFormAndRegistrableDomain() {
        const NameCheck idn = NameRules::check(QStringLiteral("www.日本語.co.jp"), m_suffixes);
        QCOMPARE(idn.ascii, QStringLiteral("www.xn--wgv71a119e.co.jp"));
        QCOMPARE(idn.registrableDomain, QStringLiteral("xn--wgv71a119e.co.jp"));
        QCOMPARE(NameRules::check(QStringLiteral("WWW.Sample.co.jp"), m_suffixes).ascii,
                 QStringLiteral("www.sample.co.jp"));
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "TestNameRules.moc"

// SPDX-License-Identifier: Apache-2.0
#include "app/lab/RegistryLab.h"

#include "app/lab/LabProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ra::app {

using domain::fail;

namespace {
const QStringList kDemoDomains{QStringLiteral("example.jp"),      QStringLiteral("sample.co.jp"),
                               QStringLiteral("kansai-foods.jp"), QStringLiteral("nihon-logistics.jp"),
                               QStringLiteral("tampered.jp"),     QStringLiteral("tokai-trading.jp")};

} // namespace

RegistryLab::RegistryLab(QString directory, QString address, int whoisPort)
    : m_labDirectory(std::move(directory))
    , m_address(std::move(address))
    , m_whoisPort(whoisPort) {}

QString RegistryLab::path(const QString& name) const {
    return QDir(QDir(m_labDirectory).filePath(QStringLiteral("registry"))).filePath(name);
}

bool RegistryLab::running() const {
    return labprocess::alive(labprocess::readPidFile(path(QStringLiteral("whois.pid"))));
}

RegistrySettings RegistryLab::settings() const {
    return {path(QStringLiteral("rdap-bootstrap.json")),
            QDir(m_labDirectory).filePath(QStringLiteral("web/authority.pem")), m_whoisPort};
}

QList<std::pair<QString, QString>> RegistryLab::settingValues() const {
    return {{QStringLiteral("registry/rdap_bootstrap"), settings().rdapBootstrapFile},
            {QStringLiteral("registry/rdap_ca_certificates"), settings().rdapAuthoritiesFile},
            {QStringLiteral("registry/whois_port"), QString::number(m_whoisPort)}};
}

QByteArray RegistryLab::whoisRecord(const QString& domain, const QString& email) {
    return QStringLiteral("Domain Name: %1\r\nRegistrar: RA Lab Registrar\r\n"
                          "Registrar Abuse Contact Email: abuse@registrar.test\r\n"
                          "Registrant Name: Demonstration Registrant\r\nRegistrant Email: %2\r\n"
                          "Admin Email: %2\r\nTech Email: %2\r\n"
                          ">>> Demonstration record of the RA Workstation lab <<<\r\n")
        .arg(domain.toUpper(), email)
        .toUtf8();
}

QJsonObject RegistryLab::rdapRecord(const QString& domain, const QString& email) {
    const QJsonArray vcard{QStringLiteral("vcard"), QJsonArray{QJsonArray{QStringLiteral("email"), QJsonObject{},
                                                                          QStringLiteral("text"), email}}};
    return {{QStringLiteral("objectClassName"), QStringLiteral("domain")},
            {QStringLiteral("ldhName"), domain.toLower()},
            {QStringLiteral("entities"),
             QJsonArray{QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("registrant")}},
                                    {QStringLiteral("vcardArray"), vcard}}}}};
}

domain::Status RegistryLab::setWhois(const QString& domain, const QByteArray& record) {
    const QString name = domain.toLower();
    if (!labprocess::isDomainName(name)) {
        return fail(QStringLiteral("lab.name"),
                    QCoreApplication::translate("RegistryLab", "%1 is not a domain name.").arg(domain));
    }
    return labprocess::writeFile(path(QStringLiteral("whois/") + name), record);
}

domain::Status RegistryLab::setRdap(const QString& domain, const QJsonObject& object) {
    const QString name = domain.toLower();
    if (!labprocess::isDomainName(name)) {
        return fail(QStringLiteral("lab.name"),
                    QCoreApplication::translate("RegistryLab", "%1 is not a domain name.").arg(domain));
    }
    // Served by the lab's nginx (WebLab's root for the RDAP host).
    return labprocess::writeFile(
        QDir(m_labDirectory).filePath(QStringLiteral("web/www/%1/domain/%2").arg(QLatin1String(kRdapHost), name)),
        QJsonDocument(object).toJson());
}

domain::Status RegistryLab::addRdapService(const QString& suffix) {
    QFile file(settings().rdapBootstrapFile);
    QJsonObject bootstrap =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject{};
    file.close();
    QJsonArray services = bootstrap.value(QStringLiteral("services")).toArray();
    services.append(QJsonArray{QJsonArray{suffix.toLower()},
                               QJsonArray{QStringLiteral("https://%1/").arg(QLatin1String(kRdapHost))}});
    bootstrap.insert(QStringLiteral("version"), QStringLiteral("1.0"));
    bootstrap.insert(QStringLiteral("services"), services);
    return labprocess::writeFile(file.fileName(), QJsonDocument(bootstrap).toJson());
}

domain::Status RegistryLab::start() {
    if (running()) {
        return fail(QStringLiteral("lab.running"),
                    QCoreApplication::translate("RegistryLab", "The lab's WHOIS server runs already."));
    }
    const QString python = labprocess::debianPython(); // the WHOIS server needs its standard library only
    if (!QFile::exists(python)) {
        return fail(QStringLiteral("lab.no-python"),
                    QCoreApplication::translate("RegistryLab", "Python 3 is not installed (Debian package python3)."));
    }
    if (!labprocess::canListen(m_address, m_whoisPort)) {
        return fail(QStringLiteral("lab.port-in-use"),
                    QCoreApplication::translate("RegistryLab", "Port %1 on %2 is in use or may not be used by this "
                                                               "user; choose another address with --web-address.")
                        .arg(m_whoisPort)
                        .arg(m_address));
    }
    QFile script(QStringLiteral(":/lab/whois-server.py"));
    if (!script.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("lab.write"), QCoreApplication::translate("RegistryLab", "%1 cannot be written.")
                                                     .arg(path(QStringLiteral("whois-server.py"))));
    }
    if (auto written = labprocess::writeFile(path(QStringLiteral("whois-server.py")), script.readAll()); !written) {
        return written;
    }
    for (const QString& domain : kDemoDomains) {
        if (!QFile::exists(path(QStringLiteral("whois/") + domain))) {
            if (auto written = setWhois(domain, whoisRecord(domain, QStringLiteral("registrant@") + domain));
                !written) {
                return written;
            }
        }
    }
    if (!QFile::exists(settings().rdapBootstrapFile)) {
        if (auto written = addRdapService(QStringLiteral("test")); !written) {
            return written;
        }
    }
    if (labprocess::startDetached(python,
                                  {path(QStringLiteral("whois-server.py")), m_address, QString::number(m_whoisPort),
                                   path(QStringLiteral("whois"))},
                                  path(QStringLiteral("whois.log")), path(QStringLiteral("whois.pid"))) == 0 ||
        !labprocess::waitUntilAccepting(m_address, m_whoisPort, 10000)) {
        (void)stop();
        return fail(QStringLiteral("lab.start"),
                    QCoreApplication::translate("RegistryLab", "The lab's WHOIS server did not start; see %1.")
                        .arg(path(QStringLiteral("whois.log"))));
    }
    return {};
}

domain::Status RegistryLab::stop() {
    const QString pidFile = path(QStringLiteral("whois.pid"));
    const qint64 pid = labprocess::readPidFile(pidFile);
    if (!labprocess::end(pid)) {
        return fail(
            QStringLiteral("lab.stop"),
            QCoreApplication::translate("RegistryLab", "The lab's WHOIS server (PID %1) did not stop.").arg(pid));
    }
    QFile::remove(pidFile);
    return {};
}

} // namespace ra::app
